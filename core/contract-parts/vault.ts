/** Contract part: the vault, backup and audit trail. */
import type {
  AuditEvent,
  AuditVerification,
  BackupChosen,
  BackupExportOutcome,
  BackupProgress,
  BackupRestored,
  DeviceUnlockOutcome,
  PassphraseStrength,
  QuarantineExportOutcome,
  QuarantineReport,
  RecoveryKeyPdfOutcome,
  RememberStatus,
  VaultCreated,
  VaultFolder,
  VaultFolderChosen,
  VaultStatus,
} from '../vault/vault-schemas';
import {
  AuditListInputSchema,
  BackupChooseInputSchema,
  BackupExportInputSchema,
  BackupRestoreInputSchema,
  ChangePassphraseInputSchema,
  ExportQuarantineInputSchema,
  LockInputSchema,
  PassphraseInputSchema,
  RecoverInputSchema,
  RecoveryKeyPdfInputSchema,
  SetRememberInputSchema,
} from '../vault/vault-schemas';

import { method, NoInput } from './method';

/** The vault, backup and audit methods. */
export const vaultMethods = {
  /** Where the vault stands: absent, locked or unlocked; quarantine count; wait after failed tries. */
  'vault.status': method<typeof NoInput, VaultStatus>(NoInput),
  /** While the vault is open read-only (disk full or not writable): tries the disk again, writing the waiting audit events; returns the status. */
  'vault.retryWrites': method<typeof NoInput, VaultStatus>(NoInput),
  /** Strength estimate for the create and change screens (nothing is stored). */
  'vault.checkPassphrase': method<typeof PassphraseInputSchema, PassphraseStrength>(
    PassphraseInputSchema,
  ),
  /** Creates the vault (weak passphrases refused with a reason); returns the recovery key, shown once. */
  'vault.create': method<typeof PassphraseInputSchema, VaultCreated>(PassphraseInputSchema),
  /** Unlocks with the passphrase. Wrong: `invalid-input`; after 5 failures a delay (`locked` with the wait). */
  'vault.unlock': method<typeof PassphraseInputSchema, VaultStatus>(PassphraseInputSchema),
  /** Opens the vault with the recovery key and sets a new passphrase. */
  'vault.recover': method<typeof RecoverInputSchema, VaultStatus>(RecoverInputSchema),
  /** Changes the passphrase (re-wraps the data key only, atomically). Needs the vault unlocked. */
  'vault.changePassphrase': method<typeof ChangePassphraseInputSchema, VaultStatus>(
    ChangePassphraseInputSchema,
  ),
  /** Locks now: drops the key and every decrypted cache. Main calls it on idle, suspend and screen lock. */
  'vault.lock': method<typeof LockInputSchema, VaultStatus>(LockInputSchema),
  /** Where this computer keeps the vault. Works while locked. */
  'vault.folder': method<typeof NoInput, VaultFolder>(NoInput),
  /** Asks (in a folder dialog shown by main) where to keep the vault; says whether a vault is already there. */
  'vault.chooseFolder': method<typeof NoInput, VaultFolderChosen>(NoInput),
  /**
   * Uses the chosen folder: opens the vault already there (the vault locks; the passphrase or
   * recovery key opens it), or moves this vault there (copied and checked file by file, then
   * switched; the old folder is kept aside). The vault is locked afterwards.
   */
  'vault.useChosenFolder': method<typeof NoInput, VaultStatus>(NoInput),
  /** Which records are in quarantine (addresses only). */
  'vault.quarantine': method<typeof NoInput, QuarantineReport>(NoInput),
  /** Copies the quarantined (still encrypted) files into a new folder the clinician picks, for support. */
  'vault.exportQuarantine': method<typeof ExportQuarantineInputSchema, QuarantineExportOutcome>(
    ExportQuarantineInputSchema,
  ),
  /** Whether "Remember on this computer" can be offered (and why not), and whether it is on. Works while locked. */
  'vault.rememberStatus': method<typeof NoInput, RememberStatus>(NoInput),
  /** Turns "Remember on this computer" on (needs the vault unlocked and the passphrase) or off (removes the device wrap, forgets the key). */
  'vault.setRemember': method<typeof SetRememberInputSchema, RememberStatus>(
    SetRememberInputSchema,
  ),
  /** At app start only: opens the vault with this computer's keychain; after any lock in this run the passphrase is needed. */
  'vault.unlockWithDevice': method<typeof NoInput, DeviceUnlockOutcome>(NoInput),
  /** Checks the recovery key opens this vault, then saves it as a one-page PDF where the clinician chooses. */
  'vault.saveRecoveryKeyPdf': method<typeof RecoveryKeyPdfInputSchema, RecoveryKeyPdfOutcome>(
    RecoveryKeyPdfInputSchema,
  ),

  /** Asks where to save, then writes one encrypted backup file; poll `backup.progress` meanwhile. */
  'backup.export': method<typeof BackupExportInputSchema, BackupExportOutcome>(
    BackupExportInputSchema,
  ),
  /** Asks which backup file to restore; remembers it for `backup.restore`. */
  'backup.choose': method<typeof BackupChooseInputSchema, BackupChosen>(BackupChooseInputSchema),
  /** Restores the chosen backup (passphrase or recovery key); every record is verified before anything is replaced. */
  'backup.restore': method<typeof BackupRestoreInputSchema, BackupRestored>(
    BackupRestoreInputSchema,
  ),
  /** Progress of the running or last backup/restore. Works while locked. */
  'backup.progress': method<typeof NoInput, BackupProgress>(NoInput),

  /** The newest audit events (ids only), newest first. */
  'audit.list': method<typeof AuditListInputSchema, AuditEvent[]>(AuditListInputSchema),
  /** Checks the audit trail's hash chain and head. */
  'audit.verify': method<typeof NoInput, AuditVerification>(NoInput),
} as const;
