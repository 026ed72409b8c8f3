/**
 * Backup export and restore on top of the vault session, with progress. Progress is both
 * pushed (the `onProgress` callback, which the main process may forward to the renderer as an
 * event) and pulled (`progress()`, behind the `backup.progress` method the UI can poll).
 */
import { AppError } from '../../../core/result';
import { parseRecoveryKey } from '../../../core/vault/recovery-key';
import type {
  BackupExported,
  BackupProgress,
  BackupRestored,
} from '../../../core/vault/vault-schemas';
import { exportBackup } from './backup-export';
import { restoreBackup } from './backup-restore';
import { auditNow } from './open-vault';
import { withoutDevice } from './device-wrap';
import { unwrapWithPassphrase, unwrapWithRecoveryKey } from './vault-header';
import type { VaultSession } from './vault-session';

/** The secret a restore is opened with. */
export type RestoreSecret = { passphrase: string } | { recoveryKey: string };

const IDLE: BackupProgress = { operation: 'idle', phase: 'idle', done: 0, total: 0 };

/** Backup and restore for one vault session. */
export class BackupService {
  private state: BackupProgress = IDLE;
  private busy = false;

  constructor(
    private readonly session: VaultSession,
    private readonly onProgress: (progress: BackupProgress) => void = () => undefined,
  ) {}

  /** The latest progress of the running (or last) backup or restore. */
  progress(): BackupProgress {
    return { ...this.state };
  }

  /** Writes one encrypted backup file of the whole vault. Needs the vault unlocked. */
  export(targetPath: string): Promise<BackupExported> {
    return this.guard(() =>
      this.session.use(async (vault) => {
        const { paths, now } = this.session.options;
        const result = await exportBackup({
          paths,
          vaultHeader: withoutDevice(vault.header),
          dataKey: vault.dataKey,
          targetPath,
          now: now(),
          onProgress: (p) => this.report(p),
        });
        this.report({
          operation: 'export',
          phase: 'done',
          done: result.records,
          total: result.records,
        });
        await auditNow(vault, now, { type: 'backup-exported' });
        return result;
      }),
    );
  }

  /**
   * Restores a backup opened with the passphrase it had or the recovery key. Every frame and
   * record is authenticated before anything is replaced; then the vault is unlocked with it.
   */
  restore(sourcePath: string, secret: RestoreSecret): Promise<BackupRestored> {
    return this.guard(() =>
      this.session.exclusive(async () => {
        const { paths, now } = this.session.options;
        if (this.session.isOpen) await this.session.use((vault) => vault.audit.ensureWritable());
        let recoveryBytes: Uint8Array | null = null;
        if ('recoveryKey' in secret) {
          const parsed = parseRecoveryKey(secret.recoveryKey);
          if (!parsed.ok)
            throw new AppError('invalid-input', parsed.reason, { recoveryKey: parsed.reason });
          recoveryBytes = parsed.bytes;
        }
        const epochBox = { epoch: this.session.lockEpoch };
        const restored = await restoreBackup({
          paths,
          sourcePath,
          now: now(),
          onProgress: (p) => this.report(p),
          unwrap: (header) =>
            recoveryBytes
              ? this.session.attempt(
                  async () => unwrapWithRecoveryKey(header, recoveryBytes),
                  'recoveryKey',
                  'That recovery key does not open this backup.',
                )
              : this.session.attempt(
                  () => unwrapWithPassphrase(header, (secret as { passphrase: string }).passphrase),
                  'passphrase',
                  'That passphrase does not open this backup. Use the passphrase the vault had when the backup was made.',
                ),
          beforeSwap: async () => {
            await this.session.lock('user');
            epochBox.epoch = this.session.lockEpoch;
          },
        });
        await this.session.adopt(
          restored.vaultHeader,
          restored.dataKey,
          'backup-restored',
          epochBox.epoch,
        );
        this.report({
          operation: 'restore',
          phase: 'done',
          done: restored.records,
          total: restored.records,
        });
        return { records: restored.records, previousFolder: restored.previousFolder };
      }),
    );
  }

  private async guard<R>(task: () => Promise<R>): Promise<R> {
    if (this.busy) throw new AppError('conflict', 'A backup or restore is already running.');
    this.busy = true;
    try {
      return await task();
    } catch (cause) {
      this.report({ ...this.state, phase: 'failed' });
      throw cause;
    } finally {
      this.busy = false;
    }
  }

  private report(progress: BackupProgress): void {
    this.state = progress;
    try {
      this.onProgress({ ...progress });
    } catch {
      // A listener's failure must not stop a backup.
    }
  }
}
