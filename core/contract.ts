/**
 * The one contract between the renderer and the main process: every method the renderer may
 * call, named `namespace.verb`, with its zod input schema and its output type. The preload,
 * the IPC glue, the handlers and the renderer's `window.api` type are all derived from it.
 */
import { z } from 'zod';
import type { Client } from './clients/client';
import { ClientIdInputSchema, ClientInputSchema } from './clients/client';
import type { Session, SessionSummary } from './sessions/session';
import { SessionCreateInputSchema, SessionIdInputSchema, SessionSaveInputSchema } from './sessions/session';
import type { Result } from './result';
import type {
  AuditEvent,
  AuditVerification,
  BackupExported,
  BackupProgress,
  BackupRestored,
  PassphraseStrength,
  QuarantineExport,
  QuarantineReport,
  VaultCreated,
  VaultStatus,
} from './vault/vault-schemas';
import {
  AuditListInputSchema,
  BackupExportInputSchema,
  BackupRestoreInputSchema,
  ChangePassphraseInputSchema,
  ExportQuarantineInputSchema,
  LockInputSchema,
  PassphraseInputSchema,
  RecoverInputSchema,
} from './vault/vault-schemas';

/** A phantom marker carrying a method's output type; it has no runtime content. */
export interface Output<T> {
  readonly __output?: T;
}

/** One method of the contract: an input schema and an output type. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output: Output<O>;
}

function method<I extends z.ZodType, O>(input: I): MethodSpec<I, O> {
  return { input, output: {} };
}

const NoInput = z.object({}).strict();

/** A client together with its closing documents, newest first. */
export interface ClientOverview {
  client: Client;
  documents: SessionSummary[];
}

/** Every method the renderer may call. */
export const contract = {
  'clients.list': method<typeof NoInput, ClientOverview[]>(NoInput),
  'clients.get': method<typeof ClientIdInputSchema, Client>(ClientIdInputSchema),
  'clients.create': method<typeof ClientInputSchema, Client>(ClientInputSchema),
  'sessions.create': method<typeof SessionCreateInputSchema, Session>(SessionCreateInputSchema),
  'sessions.get': method<typeof SessionIdInputSchema, Session>(SessionIdInputSchema),
  /** Autosave: replaces a draft session's content; `conflict` unless `expectedRev` is current. */
  'sessions.save': method<typeof SessionSaveInputSchema, Session>(SessionSaveInputSchema),

  /** Where the vault stands: absent, locked or unlocked; quarantine count; wait after failed tries. */
  'vault.status': method<typeof NoInput, VaultStatus>(NoInput),
  /** Strength estimate for the create and change screens (nothing is stored). */
  'vault.checkPassphrase': method<typeof PassphraseInputSchema, PassphraseStrength>(PassphraseInputSchema),
  /** Creates the vault (weak passphrases refused with a reason); returns the recovery key, shown once. */
  'vault.create': method<typeof PassphraseInputSchema, VaultCreated>(PassphraseInputSchema),
  /** Unlocks with the passphrase. Wrong: `invalid-input`; after 5 failures a delay (`locked` with the wait). */
  'vault.unlock': method<typeof PassphraseInputSchema, VaultStatus>(PassphraseInputSchema),
  /** Opens the vault with the recovery key and sets a new passphrase. */
  'vault.recover': method<typeof RecoverInputSchema, VaultStatus>(RecoverInputSchema),
  /** Changes the passphrase (re-wraps the data key only, atomically). Needs the vault unlocked. */
  'vault.changePassphrase': method<typeof ChangePassphraseInputSchema, VaultStatus>(ChangePassphraseInputSchema),
  /** Locks now: drops the key and every decrypted cache. Main calls it on idle, suspend and screen lock. */
  'vault.lock': method<typeof LockInputSchema, VaultStatus>(LockInputSchema),
  /** Which records are in quarantine (addresses only). */
  'vault.quarantine': method<typeof NoInput, QuarantineReport>(NoInput),
  /** Copies the quarantined (still encrypted) files into a new folder inside `targetDir`, for support. */
  'vault.exportQuarantine': method<typeof ExportQuarantineInputSchema, QuarantineExport>(ExportQuarantineInputSchema),

  /** Writes one encrypted backup file; poll `backup.progress` meanwhile. */
  'backup.export': method<typeof BackupExportInputSchema, BackupExported>(BackupExportInputSchema),
  /** Restores a backup (passphrase or recovery key); every record is verified before anything is replaced. */
  'backup.restore': method<typeof BackupRestoreInputSchema, BackupRestored>(BackupRestoreInputSchema),
  /** Progress of the running or last backup/restore. Works while locked. */
  'backup.progress': method<typeof NoInput, BackupProgress>(NoInput),

  /** The newest audit events (ids only), newest first. */
  'audit.list': method<typeof AuditListInputSchema, AuditEvent[]>(AuditListInputSchema),
  /** Checks the audit trail's hash chain and head. */
  'audit.verify': method<typeof NoInput, AuditVerification>(NoInput),
} as const;

/** The contract's type. */
export type Contract = typeof contract;

/** Any method name of the contract. */
export type Method = keyof Contract;

/** The list of method names, in contract order. */
export const METHODS = Object.keys(contract) as Method[];

/** What the renderer sends for a method (before defaults are applied). */
export type ApiInput<M extends Method> = z.input<Contract[M]['input']>;

/** What a handler receives for a method (after parsing). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;

/** What a method returns on success. */
export type ApiOutput<M extends Method> = Contract[M]['output'] extends Output<infer O> ? O : never;

/** The implementation of every method, as the services provide it. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<ApiOutput<M>> };

/** The namespaces of the contract (`clients`, `sessions`, ...). */
export type Namespace = Method extends `${infer N}.${string}` ? N : never;

/** Tells whether a string is one of the contract's own method names (never an inherited key). */
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** `window.api`: one object per namespace, one async function per verb, each resolving to a Result. */
export type Api = {
  [N in Namespace]: {
    [M in Method as M extends `${N}.${infer V}` ? V : never]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
  };
};

/** The single IPC channel over which every API call travels. */
export const API_CHANNEL = 'closing-session:api';
