import { dirname, join, resolve } from 'node:path';

/** Every path of the vault layout, derived from the data folder. No client data in any name. */
export interface VaultPaths {
  /** This computer's data folder: settings, caches and per-computer files (never synced). */
  dataDir: string;
  /** The live vault: `<dataDir>/vault`, or a folder the clinician chose (possibly a synced one). */
  vault: string;
  /** The folder holding the vault, where a restore prepares `vault.incoming` and keeps `vault.previous-*`. */
  parent: string;
  /** `<dataDir>/vault/records`: one folder per record kind. */
  records: string;
  /** `<dataDir>/vault/audit`: the encrypted, hash-chained audit trail. */
  audit: string;
  /**
   * Where unreadable records are set aside: `<vault>/quarantine` for the vault in the data
   * folder (they are moved there); `<dataDir>/quarantine` for a chosen, possibly synced, folder
   * (they are copied there and the original is left alone, see {@link VaultPaths.shared}).
   */
  quarantine: string;
  /**
   * `<dataDir>/local-cache`: this computer's caches (summary cache, stored search index). Never
   * inside the vault folder, so a synced folder never carries one computer's cache over another's.
   */
  localCache: string;
  /**
   * True when the vault is in a folder the clinician chose, which another computer may keep in
   * step: nothing there is moved or deleted on this computer's own judgement (a record that
   * cannot be read here may be whole on the other computer, and a move would delete it there).
   */
  shared: boolean;
  /** `<parent>/vault.incoming`: a verified restore waiting to be swapped in (beside the vault, same disk). */
  incoming: string;
}

/** The name prefix of folders that keep the previous data after a restore. */
export const PREVIOUS_PREFIX = 'vault.previous-';

/** Builds the vault layout for a data folder, with the vault at `vaultDir` when one was chosen. */
export function vaultPaths(dataDir: string, vaultDir: string = join(dataDir, 'vault')): VaultPaths {
  const parent = dirname(vaultDir);
  const shared = resolve(vaultDir) !== resolve(dataDir, 'vault');
  return {
    dataDir,
    vault: vaultDir,
    parent,
    records: join(vaultDir, 'records'),
    audit: join(vaultDir, 'audit'),
    quarantine: shared ? join(dataDir, 'quarantine') : join(vaultDir, 'quarantine'),
    localCache: join(dataDir, 'local-cache'),
    shared,
    incoming: join(parent, 'vault.incoming'),
  };
}

/** The cache folder older versions kept inside the vault folder (moved out at unlock). */
export const LEGACY_CACHE_DIR = 'index-cache';

/** Formats a time as `YYYYMMDD-HHmmss` (UTC) for dated folder names. */
export function folderStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
