/**
 * The vault's lock state and its key operations: create, unlock, recover, change passphrase,
 * lock. While locked nothing in the vault is written (failed attempts are counted in memory and
 * in a small per-computer file outside the vault); while unlocked the open vault is handed to
 * callers through `use`, which `lock` waits for before dropping the key, so no write can ever
 * run with a wiped key. On a full or read-only disk the vault opens read-only (see pending-audit).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { AppError } from '../../../core/result';
import { formatRecoveryKey, parseRecoveryKey } from '../../../core/vault/recovery-key';
import type { LockReason, VaultCreated, VaultStatus } from '../../../core/vault/vault-schemas';
import { warmUpHelperThread } from '../helper-thread';
import { DIR_MODE, ioError } from '../store/atomic-write';
import type { Summarizer } from '../store/record-index';
import type { AtomicWriter } from '../store/record-store';
import { AuthenticationError } from './aead';
import { markIncomingComplete, settlePendingRestore, swapIn } from './backup-restore';
import { DEFAULT_SCRYPT, type ScryptParams } from './kdf';
import { auditNow, auditOpened, openVault, type OpenVault } from './open-vault';
import { refuseWeak } from './passphrase-strength';
import { PendingAudit } from './pending-audit';
import { throttleFile } from './throttle-file';
import { checkThrottled, UnlockThrottle } from './unlock-throttle';
import type { VaultHeader } from './vault-header';
import {
  createHeader,
  DATA_KEY_BYTES,
  readHeader,
  RECOVERY_KEY_BYTES,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeHeader,
} from './vault-header';
import type { VaultPaths } from './vault-paths';
import { readVaultStatus } from './vault-status';

/** What the vault session needs. */
export interface VaultSessionOptions {
  paths: VaultPaths;
  kinds: Readonly<Record<string, Summarizer>>;
  now: () => Date;
  /** scrypt parameters for new wraps; production uses DEFAULT_SCRYPT. */
  scrypt?: ScryptParams;
  writer?: AtomicWriter;
  /** The per-computer file that keeps the unlock delay across restarts (outside the vault folder); memory only without it. */
  throttleFile?: string;
  /** This computer's id, written into every record it saves (see device-id.ts). */
  deviceId?: () => Promise<string>;
}

/** How a vault came to be open: created, unlocked, recovered with the recovery key, or restored from a backup. */
export type VaultOpenedEvent = 'vault-created' | 'unlocked' | 'recovered' | 'backup-restored';

/** Called when the vault has just opened (after the event is recorded), with the open vault. */
export type VaultOpenedListener = (vault: OpenVault, event: VaultOpenedEvent) => void;

/**
 * Called with the data key as soon as it is known, just before the vault opens, so a cache of this
 * computer can start loading beside the opening. The vault may still fail to open; the key is
 * wiped then, and at lock.
 */
export type VaultKeyedListener = (paths: VaultPaths, dataKey: Buffer) => void;

/**
 * Called as the vault locks, at once (before running calls finish and the key is dropped). A
 * returned promise (e.g. a cache being written) is awaited before the lock completes; its
 * failure never fails the lock.
 */
export type VaultLockedListener = () => unknown;

/** Runs a listener; a listener's failure never breaks opening or locking the vault. */
function notify(call: () => void): void {
  try {
    call();
  } catch {
    // A listener's own problem (e.g. the archive index) must not keep the vault from opening or locking.
  }
}

/** The lock state of one vault and the operations that change it. */
export class VaultSession {
  private current: OpenVault | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();
  private exclusiveQueue: Promise<unknown> = Promise.resolve();
  /** Increases at every lock, so an unlock that was running when "lock" came does not leave the vault open. */
  private epoch = 0;
  readonly throttle: UnlockThrottle;
  /** Audit events waiting for a writable disk; while any wait, the open vault is read-only. */
  readonly pending = new PendingAudit();
  private readonly openedListeners = new Set<VaultOpenedListener>();
  private readonly keyedListeners = new Set<VaultKeyedListener>();
  private readonly lockedListeners = new Set<VaultLockedListener>();

  constructor(private settings: VaultSessionOptions) {
    this.throttle = new UnlockThrottle(
      settings.throttleFile ? throttleFile(settings.throttleFile) : undefined,
    );
  }

  /** The session's options; `paths` change when the vault moves to another folder (see relocate). */
  get options(): VaultSessionOptions {
    return this.settings;
  }

  /**
   * Points the session at a vault in another folder. Only while locked (the open vault holds
   * its paths); the next unlock opens the vault there.
   */
  relocate(paths: VaultPaths): void {
    if (this.current) throw new AppError('conflict', 'Lock the vault before it changes folder.');
    this.settings = { ...this.settings, paths };
  }

  private get params(): ScryptParams {
    return this.options.scrypt ?? DEFAULT_SCRYPT;
  }

  /** Where the vault stands, for the UI. Reads only; never writes while locked. */
  status(): Promise<VaultStatus> {
    return readVaultStatus(
      this.options.paths,
      this.throttle,
      this.options.now(),
      this.current ? { readOnly: this.pending.reason } : null,
    );
  }

  /** While read-only: tries the disk again, writing the waiting audit events in order; returns the status. */
  async retryWrites(): Promise<VaultStatus> {
    if (this.current) await this.use((vault) => vault.audit.flush());
    return this.status();
  }

  /** Registers a listener for every time the vault opens; returns a function that removes it. */
  onOpened(listener: VaultOpenedListener): () => void {
    this.openedListeners.add(listener);
    return () => this.openedListeners.delete(listener);
  }

  /** Registers a listener for every data key about to open the vault; returns a function that removes it. */
  onKeyed(listener: VaultKeyedListener): () => void {
    this.keyedListeners.add(listener);
    return () => this.keyedListeners.delete(listener);
  }

  /** Registers a listener for every lock (only when the vault was open); returns a function that removes it. */
  onLocked(listener: VaultLockedListener): () => void {
    this.lockedListeners.add(listener);
    return () => this.lockedListeners.delete(listener);
  }

  /** Runs `task` with the open vault; `locked` when there is none. Lock waits for it to finish. */
  use<R>(task: (vault: OpenVault) => Promise<R>): Promise<R> {
    const vault = this.current;
    if (!vault)
      return Promise.reject(new AppError('locked', 'The vault is locked. Unlock it to continue.'));
    const run = task(vault);
    this.inFlight.add(run);
    void run.then(
      () => this.inFlight.delete(run),
      () => this.inFlight.delete(run),
    );
    return run;
  }

  /** Runs vault-level operations (create, unlock, restore, …) one at a time. */
  exclusive<R>(task: () => Promise<R>): Promise<R> {
    const next = this.exclusiveQueue.then(task, task);
    this.exclusiveQueue = next.catch(() => undefined);
    return next;
  }

  /** Creates a new vault; returns the recovery key, shown once. */
  create(passphrase: string): Promise<VaultCreated> {
    const epoch = this.epoch;
    return this.exclusive(async () => {
      const { paths, now } = this.options;
      await settlePendingRestore(paths, now());
      if (await readHeader(paths.vault))
        throw new AppError('conflict', 'A vault already exists in this data folder.');
      await refuseWeak(passphrase, 'passphrase');
      const dataKey = randomBytes(DATA_KEY_BYTES);
      const recovery = randomBytes(RECOVERY_KEY_BYTES);
      const header = await createHeader(dataKey, passphrase, recovery, this.params, now());
      try {
        await rm(paths.incoming, { recursive: true, force: true });
        await mkdir(paths.incoming, { recursive: true, mode: DIR_MODE });
        await writeHeader(paths.incoming, header);
        await markIncomingComplete(paths);
        await swapIn(paths, now());
      } catch (cause) {
        dataKey.fill(0);
        throw ioError(cause, 'creating the vault');
      }
      await this.adopt(header, dataKey, 'vault-created', epoch);
      const recoveryKey = formatRecoveryKey(recovery);
      recovery.fill(0);
      return { recoveryKey };
    });
  }

  /** Unlocks with the passphrase. Wrong: `invalid-input`; too many tries: `locked` with the wait. */
  unlock(passphrase: string): Promise<VaultStatus> {
    const epoch = this.epoch;
    // The helper thread starts while the key is derived (it decrypts caches as the vault opens).
    warmUpHelperThread();
    return this.exclusive(async () => {
      if (!this.current) {
        const header = await this.lockedHeader();
        const dataKey = await this.attempt(
          () => unwrapWithPassphrase(header, passphrase),
          'passphrase',
          'That passphrase does not open this vault. Check Caps Lock and the keyboard layout.',
        );
        await this.adopt(header, dataKey, 'unlocked', epoch);
      }
      return this.status();
    });
  }

  /** Opens the vault with the recovery key and sets a new passphrase (re-wrapping the data key only). */
  recover(recoveryKey: string, newPassphrase: string): Promise<VaultStatus> {
    const epoch = this.epoch;
    return this.exclusive(async () => {
      const parsed = parseRecoveryKey(recoveryKey);
      if (!parsed.ok)
        throw new AppError('invalid-input', parsed.reason, { recoveryKey: parsed.reason });
      await refuseWeak(newPassphrase, 'newPassphrase');
      // The header on disk first (another computer may have changed it since this one unlocked).
      const header =
        (await readHeader(this.options.paths.vault).catch(() => null)) ??
        this.current?.header ??
        (await this.lockedHeader());
      const dataKey = await this.attempt(
        async () => unwrapWithRecoveryKey(header, parsed.bytes),
        'recoveryKey',
        'That recovery key does not open this vault.',
      );
      if (this.current)
        await this.current.audit.ensureWritable().catch((cause: unknown) => {
          dataKey.fill(0);
          throw cause;
        });
      const next = await rewrapPassphrase(header, dataKey, newPassphrase, this.params);
      await writeHeader(this.options.paths.vault, next).catch((cause) => {
        dataKey.fill(0);
        throw ioError(cause, 'saving the new passphrase');
      });
      if (this.current) {
        dataKey.fill(0);
        this.current.header = next;
        await auditNow(this.current, this.options.now, { type: 'recovered' });
      } else {
        await this.adopt(next, dataKey, 'recovered', epoch);
      }
      return this.status();
    });
  }

  /** Changes the passphrase: checks the current one, re-wraps the data key and replaces the header atomically. */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.exclusive(() =>
      this.use(async (vault) => {
        // The header as it is on disk: another computer keeping this vault in step may have
        // changed the passphrase since this one unlocked; its change is never written over.
        vault.header =
          (await readHeader(this.options.paths.vault).catch(() => null)) ?? vault.header;
        try {
          (await unwrapWithPassphrase(vault.header, current)).fill(0);
        } catch (cause) {
          if (!(cause instanceof AuthenticationError)) throw cause;
          throw new AppError('invalid-input', 'The current passphrase is not right.', {
            current: 'The current passphrase is not right.',
          });
        }
        await refuseWeak(next, 'next');
        await vault.audit.ensureWritable();
        const header = await rewrapPassphrase(vault.header, vault.dataKey, next, this.params);
        await writeHeader(this.options.paths.vault, header).catch((cause) => {
          throw ioError(cause, 'saving the new passphrase');
        });
        vault.header = header;
        await auditNow(vault, this.options.now, { type: 'passphrase-changed' });
      }),
    );
  }

  /**
   * Locks: refuses new calls, waits for running ones, records the event and brings the encrypted
   * summary cache up to date (both never fail the lock), then drops the key and caches.
   */
  lock(reason: LockReason): Promise<void> {
    this.epoch += 1;
    const vault = this.current;
    if (!vault) return Promise.resolve();
    this.current = null;
    const writes: Promise<void>[] = [];
    for (const listener of this.lockedListeners) {
      notify(() => {
        const done = listener();
        if (done instanceof Promise)
          writes.push(
            done.then(
              () => undefined,
              () => undefined,
            ),
          );
      });
    }
    return (async () => {
      await Promise.allSettled([...this.inFlight]);
      await Promise.all([
        auditNow(vault, this.options.now, { type: 'locked', reason }).catch(() => undefined),
        vault.index.flushCache(),
        ...writes,
      ]);
      vault.close();
    })();
  }

  /** Makes a freshly unwrapped key the open vault and records the event (with earlier failed attempts). */
  async adopt(
    header: VaultHeader,
    dataKey: Buffer,
    event: VaultOpenedEvent,
    epoch: number,
    detail: { via?: 'device' } = {},
  ): Promise<OpenVault> {
    if (epoch !== this.epoch) {
      dataKey.fill(0);
      throw new AppError('locked', 'The vault was locked while it was being opened.');
    }
    const { paths, kinds, now, writer, deviceId } = this.options;
    for (const listener of this.keyedListeners) notify(() => listener(paths, dataKey));
    let vault: OpenVault;
    try {
      vault = await openVault({
        paths,
        header,
        dataKey,
        kinds,
        now,
        pending: this.pending,
        ...(writer ? { writer } : {}),
        ...(deviceId ? { deviceId: await deviceId() } : {}),
      });
    } catch (cause) {
      dataKey.fill(0);
      throw cause instanceof AppError ? cause : ioError(cause, 'opening the vault');
    }
    try {
      await auditOpened(vault, this.throttle, now, { type: event, ...detail });
    } catch (cause) {
      vault.close();
      throw cause;
    }
    if (epoch !== this.epoch) {
      vault.close();
      throw new AppError('locked', 'The vault was locked while it was being opened.');
    }
    this.current = vault;
    for (const listener of this.openedListeners) notify(() => listener(vault, event));
    return vault;
  }

  /** Runs one secret check under the throttle; counts a wrong secret and words the refusal. */
  attempt(check: () => Promise<Buffer>, field: string, wrong: string): Promise<Buffer> {
    return checkThrottled(this.throttle, () => this.options.now().getTime(), check, field, wrong);
  }

  /** The current lock epoch (see `lock`); pass it back to `adopt`. */
  get lockEpoch(): number {
    return this.epoch;
  }

  /** Whether the vault is open right now. */
  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Reads the header of the locked vault (settling an interrupted restore first); `not-found` without one. */
  async lockedHeader(): Promise<VaultHeader> {
    await settlePendingRestore(this.options.paths, this.options.now());
    const header = await readHeader(this.options.paths.vault);
    if (!header)
      throw new AppError(
        'not-found',
        'There is no vault in this data folder yet. Create one first.',
      );
    return header;
  }
}
