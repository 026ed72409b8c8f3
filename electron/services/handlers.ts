import type { Handlers } from '../../core/contract';
import type { BackupProgress } from '../../core/vault/vault-schemas';
import { createRecordHandlers, RECORD_KINDS } from './record-handlers';
import type { AtomicWriter } from './store/record-store';
import { createVaultHandlers } from './vault-handlers';
import { BackupService } from './vault/backup-service';
import type { ScryptParams } from './vault/kdf';
import { vaultPaths } from './vault/vault-paths';
import { VaultSession } from './vault/vault-session';

/** What the handlers need from the outside world. */
export interface HandlerDeps {
  /** The folder that holds all of this clinician's data (the vault lives in `<dataDir>/vault`). */
  dataDir: string;
  /** The clock; tests pass a controllable one (it also times the delay after failed unlocks). */
  now?: () => Date;
  /** Backup/restore progress, pushed as it happens; main may forward it to the renderer. */
  onProgress?: (progress: BackupProgress) => void;
  /**
   * scrypt parameters for new passphrase wraps. Production leaves this out (N = 2^17, r = 8,
   * p = 1); tests that are not about the KDF pass cheaper ones to stay fast.
   */
  scrypt?: ScryptParams;
  /** Test seam: replaces the atomic file writer to simulate a full or read-only disk. */
  writer?: AtomicWriter;
}

/** Creates the implementation of every contract method over the data folder. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const vault = new VaultSession({
    paths: vaultPaths(deps.dataDir),
    kinds: RECORD_KINDS,
    now,
    ...(deps.scrypt ? { scrypt: deps.scrypt } : {}),
    ...(deps.writer ? { writer: deps.writer } : {}),
  });
  const backup = new BackupService(vault, deps.onProgress);
  return { ...createRecordHandlers(vault, now), ...createVaultHandlers(vault, backup, now) };
}
