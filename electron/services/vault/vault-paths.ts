import { dirname, join } from 'node:path';

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
  /** `<dataDir>/vault/quarantine`: records that failed authentication or parsing. */
  quarantine: string;
  /** `<parent>/vault.incoming`: a verified restore waiting to be swapped in (beside the vault, same disk). */
  incoming: string;
}

/** The name prefix of folders that keep the previous data after a restore. */
export const PREVIOUS_PREFIX = 'vault.previous-';

/** Builds the vault layout for a data folder, with the vault at `vaultDir` when one was chosen. */
export function vaultPaths(dataDir: string, vaultDir: string = join(dataDir, 'vault')): VaultPaths {
  const parent = dirname(vaultDir);
  return {
    dataDir,
    vault: vaultDir,
    parent,
    records: join(vaultDir, 'records'),
    audit: join(vaultDir, 'audit'),
    quarantine: join(vaultDir, 'quarantine'),
    incoming: join(parent, 'vault.incoming'),
  };
}

/** Formats a time as `YYYYMMDD-HHmmss` (UTC) for dated folder names. */
export function folderStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
