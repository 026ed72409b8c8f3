/**
 * Inputs and outputs of the vault, backup and audit methods. Passphrases and recovery keys
 * are bounded but otherwise kept exactly as typed (no trimming: a space may be intended).
 */
import { z } from 'zod';

/** The longest passphrase accepted, in characters. */
export const MAX_PASSPHRASE_CHARS = 1024;

/** A passphrase field, exactly as typed. */
export function passphrase(label: string) {
  return z
    .string({ error: `${label} must be text.` })
    .min(1, { error: `${label} is required.` })
    .max(MAX_PASSPHRASE_CHARS, {
      error: `${label} can be at most ${MAX_PASSPHRASE_CHARS} characters.`,
    });
}

/** A typed recovery key (separators and case are tolerated; checked by the services). */
export const RecoveryKeyTextSchema = z
  .string({ error: 'The recovery key must be text.' })
  .min(1, { error: 'The recovery key is required.' })
  .max(200, { error: 'That is too long to be a recovery key.' });

/** An absolute file or folder path chosen in a system dialog. */
export const AbsolutePathSchema = z
  .string({ error: 'The location must be text.' })
  .min(1, { error: 'Choose a location.' })
  .max(4096, { error: 'That location is too long.' })
  .refine((p) => !p.includes('\0'), { error: 'That location is not valid.' })
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    error: 'Choose a full location (an absolute path).',
  });

/** Input with just a passphrase. */
export const PassphraseInputSchema = z
  .object({ passphrase: passphrase('The passphrase') })
  .strict();

/** Input to recover with the recovery key and set a new passphrase. */
export const RecoverInputSchema = z
  .object({ recoveryKey: RecoveryKeyTextSchema, newPassphrase: passphrase('The new passphrase') })
  .strict();

/** Input to change the passphrase. */
export const ChangePassphraseInputSchema = z
  .object({ current: passphrase('The current passphrase'), next: passphrase('The new passphrase') })
  .strict();

/** Why the vault is being locked (main passes the trigger; the default is the user's command). */
export const LOCK_REASONS = ['user', 'idle', 'suspend', 'screen-lock', 'quit'] as const;

/** One reason for locking. */
export type LockReason = (typeof LOCK_REASONS)[number];

/** Input to lock the vault. */
export const LockInputSchema = z.object({ reason: z.enum(LOCK_REASONS).default('user') }).strict();

/**
 * Exporting quarantined records, writing a backup and choosing a backup to restore take no path
 * from the renderer: the main process shows a system dialog and the clinician picks the place.
 */
export const ExportQuarantineInputSchema = z.object({}).strict();

/** Input to write a backup (the place is chosen in a save dialog). */
export const BackupExportInputSchema = z.object({}).strict();

/** Input to choose the backup file to restore (in an open dialog). */
export const BackupChooseInputSchema = z.object({}).strict();

/** Input to restore the chosen backup, opened with the passphrase it had or with the recovery key. */
export const BackupRestoreInputSchema = z.union([
  z.object({ passphrase: passphrase('The passphrase') }).strict(),
  z.object({ recoveryKey: RecoveryKeyTextSchema }).strict(),
]);

/** Input to list audit events. */
export const AuditListInputSchema = z
  .object({
    limit: z.number({ error: 'The limit must be a number.' }).int().min(1).max(50).default(50),
  })
  .strict();

/** Where the vault stands. */
export type VaultState = 'absent' | 'locked' | 'unlocked';

/** What `vault.status` reports. */
export interface VaultStatus {
  state: VaultState;
  /** Records moved to quarantine because they could not be read (0 while locked or absent). */
  quarantined: number;
  /** Failed unlock attempts since the app started or the last unlock. */
  failedAttempts: number;
  /** When unlocking is delayed after repeated failures: milliseconds until the next try is accepted. */
  retryAfterMs?: number;
  /** True while a restore left a previous data folder the clinician may remove. */
  previousDataKept: boolean;
  /**
   * Present while the vault is open but its disk cannot be written (full, or read-only): reading,
   * search, preview and saving copies elsewhere work; changes are refused until `vault.retryWrites`
   * (or any later write) finds the disk writable again.
   */
  readOnly?: { reason: ReadOnlyReason };
}

/** Why an open vault cannot be written: the disk is full, or its folder is read-only. */
export type ReadOnlyReason = 'full' | 'read-only';

/** A passphrase strength estimate for the create and change screens. */
export interface PassphraseStrength {
  /** 0 (very weak) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  /** Whether the vault accepts this passphrase. */
  acceptable: boolean;
  /** The main problem, if any, in plain language. */
  warning: string;
  /** What to do about it. */
  suggestions: string[];
}

/** The result of creating a vault: the recovery key, shown once. */
export interface VaultCreated {
  /** 28 characters in seven groups of four, e.g. `ABCD-EFGH-…`. Never stored in plain form. */
  recoveryKey: string;
}

/** What `vault.quarantine` reports: record addresses only, never content. */
export interface QuarantineReport {
  count: number;
  items: { kind: string; id: string }[];
}

/** The result of exporting quarantined records for support. */
export interface QuarantineExport {
  count: number;
  folder: string;
}

/** Exporting quarantined records: done, or cancelled in the folder dialog. */
export type QuarantineExportOutcome = ({ exported: true } & QuarantineExport) | { exported: false };

/** Where a long-running backup or restore stands (`backup.progress`, and the progress callback). */
export interface BackupProgress {
  operation: 'idle' | 'export' | 'restore';
  phase: 'idle' | 'reading' | 'verifying' | 'writing' | 'swapping' | 'done' | 'failed';
  done: number;
  total: number;
}

/** The result of a backup export. */
export interface BackupExported {
  records: number;
  bytes: number;
}

/** Writing a backup: saved (with the chosen file's name), or cancelled in the save dialog. */
export type BackupExportOutcome =
  ({ saved: true; fileName: string } & BackupExported) | { saved: false };

/** Choosing a backup to restore: its name and size, or cancelled in the open dialog. */
export type BackupChosen = { chosen: true; fileName: string; bytes: number } | { chosen: false };

/** The result of a restore: the vault is unlocked with the restored data. */
export interface BackupRestored {
  records: number;
  /** The folder name (inside the data folder) where the previous data was kept, if there was any. */
  previousFolder: string | null;
}

/** The kinds of event the audit trail records. */
export const AUDIT_EVENT_TYPES = [
  'vault-created',
  'unlocked',
  'unlock-failed',
  'locked',
  'passphrase-changed',
  'recovered',
  'client-created',
  'client-updated',
  'session-created',
  'session-finalized',
  'session-amended',
  'document-exported',
  'document-saved',
  'backup-exported',
  'backup-restored',
  'record-quarantined',
  'remember-enabled',
  'remember-disabled',
  'events-not-recorded',
  'conflict-resolved',
] as const;

/** One kind of audit event. */
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** One audit event, with ids only (never names or text); the UI words it. */
export interface AuditEvent {
  seq: number;
  at: string;
  type: AuditEventType;
  recordKind?: string;
  recordId?: string;
  /** For `unlock-failed`: how many attempts failed before this unlock; for `events-not-recorded`: how many events were lost. */
  count?: number;
  /** For `locked`: what locked it. */
  reason?: LockReason;
  /** For `unlocked`: 'device' when this computer's keychain opened it (no passphrase typed). */
  via?: 'device';
}

/** Where this computer keeps its vault (Settings → Security). A folder path, never client data. */
export interface VaultFolder {
  folder: string;
  /** True for the app's own data folder; false for a folder the clinician chose. */
  isDefault: boolean;
  /** Set when the file naming the folder cannot be read (the default is used meanwhile). */
  problem?: string;
}

/** What choosing a folder for the vault found. */
export type VaultFolderChosen =
  | { chosen: false }
  | {
      chosen: true;
      /** The vault folder that would be used (the picked folder or "Closing Session vault" in it). */
      folder: string;
      /** True when a vault is already there (another computer's): it is opened, not moved. */
      holdsVault: boolean;
    };

/** The result of checking the audit trail's chain. */
export interface AuditVerification {
  ok: boolean;
  /** How many entries were checked. */
  entries: number;
  /** The sequence number of the first entry that is missing or altered (within its computer's chain). */
  brokenAt?: number;
  /** How many chains were checked: one per computer that has written to this vault. */
  chains?: number;
}

// --- Remember on this computer (device unlock) and the recovery key as PDF ---

/** Why "Remember on this computer" cannot be offered here; the UI words each reason. */
export const REMEMBER_UNAVAILABLE_REASONS = ['no-keyring', 'no-keychain'] as const;

/** One reason the keychain cannot be used. */
export type RememberUnavailableReason = (typeof REMEMBER_UNAVAILABLE_REASONS)[number];

/** What `vault.rememberStatus` reports. `enabled` means the vault header holds a device wrap. */
export interface RememberStatus {
  available: boolean;
  reason?: RememberUnavailableReason;
  enabled: boolean;
}

/** Input to turn "Remember on this computer" on (the passphrase confirms it) or off. */
export const SetRememberInputSchema = z
  .object({
    enabled: z.boolean({ error: 'Say whether to remember.' }),
    passphrase: passphrase('The passphrase').optional(),
  })
  .strict();

/** Why opening with this computer's keychain did not happen (the passphrase screen follows). */
export type DeviceUnlockMiss = 'off' | 'unavailable' | 'after-lock' | 'failed';

/** The result of `vault.unlockWithDevice`. */
export type DeviceUnlockOutcome = { unlocked: true } | { unlocked: false; why: DeviceUnlockMiss };

/** Input to save the recovery key as a PDF (checked against this vault; the place is chosen in a dialog). */
export const RecoveryKeyPdfInputSchema = z.object({ recoveryKey: RecoveryKeyTextSchema }).strict();

/** Saving the recovery key PDF: saved (with the chosen file's name), or cancelled in the save dialog. */
export type RecoveryKeyPdfOutcome = { saved: true; fileName: string } | { saved: false };
