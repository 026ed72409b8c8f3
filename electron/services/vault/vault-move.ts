/**
 * Moving the vault to another folder: every file is copied (atomically, flushed), read back and
 * compared before this computer switches to the new folder; the old folder is then kept beside
 * itself as `vault.previous-<date>`, never deleted. Only ciphertext is copied.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { AppError } from '../../../core/result';
import { ensureDir, ioError, writeFileAtomic } from '../store/atomic-write';
import { holdsVault } from './vault-location';
import { folderStamp, PREVIOUS_PREFIX, vaultPaths, type VaultPaths } from './vault-paths';

/**
 * Folders of the vault that are not copied into a chosen folder: an older version's cache (this
 * computer's, rebuilt from the records) and the quarantine, whose files go to this computer's
 * own quarantine folder instead (a chosen folder's vault keeps its set-aside copies per computer).
 */
const LOCAL_ONLY = new Set(['index-cache', 'quarantine']);

async function filesUnder(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === root && LOCAL_ONLY.has(entry.name)) continue;
      out.push(...(await filesUnder(root, path)));
    } else if (entry.isFile()) {
      out.push(relative(root, path));
    }
  }
  return out.sort();
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Whether `inner` is `outer` or lies inside it. */
function within(outer: string, inner: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/**
 * Copies the vault at `from.vault` to `toDir` and checks every copied file against its source.
 * Refuses a target inside the vault, or one that already holds a vault. Returns how many files
 * were copied. The source is left untouched.
 */
export async function copyVault(from: VaultPaths, toDir: string): Promise<number> {
  if (within(from.vault, toDir) || within(toDir, from.vault)) {
    throw new AppError('invalid-input', 'Choose a folder outside the vault’s current folder.');
  }
  if (await holdsVault(toDir)) {
    throw new AppError(
      'conflict',
      'That folder already holds a vault. Open it instead of moving this one there.',
    );
  }
  try {
    const files = await filesUnder(from.vault);
    for (const file of files) {
      const bytes = await readFile(join(from.vault, file));
      const target = join(toDir, file);
      const dir = join(target, '..');
      await ensureDir(dir);
      await writeFileAtomic(dir, file.split(sep).pop() as string, bytes);
      if (digest(await readFile(target)) !== digest(bytes)) {
        throw new AppError(
          'io',
          'A copied file did not match the vault, so the vault was not moved.',
        );
      }
    }
    await copyQuarantine(from.quarantine, vaultPaths(from.dataDir, toDir).quarantine);
    return files.length;
  } catch (cause) {
    throw cause instanceof AppError ? cause : ioError(cause, 'copying the vault');
  }
}

/** Copies the set-aside records (still encrypted) into the quarantine a moved vault will use. */
async function copyQuarantine(fromDir: string, toDir: string): Promise<void> {
  if (resolve(fromDir) === resolve(toDir)) return;
  const names = await readdir(fromDir).catch(() => [] as string[]);
  if (names.length === 0) return;
  await ensureDir(toDir);
  for (const name of names) await writeFileAtomic(toDir, name, await readFile(join(fromDir, name)));
}

/** Keeps the old vault folder beside itself as `vault.previous-<date>` once the copy is in use. */
export async function setOldVaultAside(from: VaultPaths, now: Date): Promise<string> {
  const aside = join(from.parent, `${PREVIOUS_PREFIX}${folderStamp(now)}`);
  await rename(from.vault, aside).catch((cause: unknown) => {
    throw ioError(cause, 'keeping the old vault folder');
  });
  return aside;
}
