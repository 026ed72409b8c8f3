import { join } from 'node:path';

/** Every path of the vault layout, derived from the data folder. No client data in any name. */
export interface VaultPaths {
  dataDir: string;
  /** `<dataDir>/vault`: the live vault. */
  vault: string;
  /** `<dataDir>/vault/records`: one folder per record kind. */
  records: string;
  /** `<dataDir>/vault/audit`: the encrypted, hash-chained audit trail. */
  audit: string;
  /** `<dataDir>/vault/quarantine`: records that failed authentication or parsing. */
  quarantine: string;
  /** `<dataDir>/vault.incoming`: a verified restore waiting to be swapped in. */
  incoming: string;
}

/** The name prefix of folders that keep the previous data after a restore. */
export const PREVIOUS_PREFIX = 'vault.previous-';

/** Builds the vault layout for a data folder. */
export function vaultPaths(dataDir: string): VaultPaths {
  const vault = join(dataDir, 'vault');
  return {
    dataDir,
    vault,
    records: join(vault, 'records'),
    audit: join(vault, 'audit'),
    quarantine: join(vault, 'quarantine'),
    incoming: join(dataDir, 'vault.incoming'),
  };
}

/** Formats a time as `YYYYMMDD-HHmmss` (UTC) for dated folder names. */
export function folderStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
