/**
 * Where this computer keeps its vault: the data folder's own `vault` folder, or a folder the
 * clinician chose (often one a sync engine keeps in step with another computer). The choice is
 * per computer, in `vault-location.json` in the data folder; it holds a folder path, never
 * client data.
 */
import { readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../core/result';
import { writeFileAtomic } from '../store/atomic-write';
import type { AtomicWriter } from '../store/record-store';
import { HEADER_FILE } from './vault-header';

/** The per-computer file naming the vault folder. */
export const VAULT_LOCATION_FILE = 'vault-location.json';

/** The folder made inside a chosen folder to hold the vault. */
export const VAULT_FOLDER_NAME = 'Closing Session vault';

/** `{}` is the default location; `vaultDir` a chosen folder (a full path). */
const LocationSchema = z
  .object({ vaultDir: z.string().min(1).max(4096).refine(isAbsolute).optional() })
  .strict();

/** What the location file says: a chosen vault folder, the default, or a file that cannot be read. */
export type VaultLocation =
  | { kind: 'default' }
  | { kind: 'chosen'; vaultDir: string }
  | { kind: 'unreadable'; problem: string };

/**
 * Reads the location file (synchronously: the vault's paths are needed when the services are
 * made). A missing file means the default; a damaged one is reported, never replaced, so a vault
 * elsewhere is not mistaken for a missing one.
 */
export function readVaultLocation(dataDir: string): VaultLocation {
  let text: string;
  try {
    text = readFileSync(join(dataDir, VAULT_LOCATION_FILE), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'default' };
    return { kind: 'unreadable', problem: (cause as NodeJS.ErrnoException).code ?? 'read error' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', problem: 'not JSON' };
  }
  const parsed = LocationSchema.safeParse(value);
  if (!parsed.success) return { kind: 'unreadable', problem: 'not a folder path' };
  return parsed.data.vaultDir === undefined
    ? { kind: 'default' }
    : { kind: 'chosen', vaultDir: parsed.data.vaultDir };
}

/** Saves this computer's vault folder (null: back to the default). */
export async function saveVaultLocation(
  dataDir: string,
  vaultDir: string | null,
  writer: AtomicWriter = writeFileAtomic,
): Promise<void> {
  const body = vaultDir === null ? {} : { vaultDir };
  if (vaultDir !== null && !LocationSchema.safeParse(body).success) {
    throw new AppError('invalid-input', 'Choose a folder on this computer (a full path).');
  }
  await writer(dataDir, VAULT_LOCATION_FILE, Buffer.from(`${JSON.stringify(body)}\n`, 'utf8'));
}

/** Whether `dir` holds a vault (its header file). */
export async function holdsVault(dir: string): Promise<boolean> {
  return access(join(dir, HEADER_FILE)).then(
    () => true,
    () => false,
  );
}

/**
 * The vault folder for a folder the clinician picked: the folder itself when it already is a
 * vault, `<picked>/Closing Session vault` otherwise (which may already hold one, made by the
 * other computer).
 */
export async function vaultDirFor(picked: string): Promise<string> {
  return (await holdsVault(picked)) ? picked : join(picked, VAULT_FOLDER_NAME);
}
