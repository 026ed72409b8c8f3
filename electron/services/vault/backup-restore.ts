/**
 * Restore: authenticates every frame and every record of a backup while writing them into a
 * fresh `vault.incoming` folder; only when all of it checks out is the live vault renamed to
 * `vault.previous-<stamp>` and the new folder renamed into its place. A failure before that
 * removes the new folder and leaves the live vault untouched.
 */
import { access, mkdir, open as openFile, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../core/result';
import type { BackupProgress } from '../../../core/vault/vault-schemas';
import {
  DIR_MODE,
  ioError,
  renameWithRetry,
  syncDir,
  writeFileAtomic,
} from '../store/atomic-write';
import { isBackupPath } from './backup-export';
import { frameKey, readFrames, readPreamble } from './backup-format';
import { createRecordCipher } from './record-cipher';
import type { VaultHeader } from './vault-header';
import { writeHeader } from './vault-header';
import { withoutDevice } from './device-wrap';
import type { VaultPaths } from './vault-paths';
import { folderStamp, PREVIOUS_PREFIX } from './vault-paths';

const COMPLETE_MARKER = '.complete';

/** What a successful restore hands back: the vault is in place and these open it. */
export interface RestoredVault {
  dataKey: Buffer;
  vaultHeader: VaultHeader;
  records: number;
  previousFolder: string | null;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Marks a prepared `vault.incoming` folder as complete, so a crash after this point finishes the swap. */
export async function markIncomingComplete(paths: VaultPaths): Promise<void> {
  await writeFileAtomic(paths.incoming, COMPLETE_MARKER, Buffer.from('ok'));
  await syncDir(paths.parent);
}

/** Swaps a complete `vault.incoming` into place, keeping any live vault as a dated folder. */
export async function swapIn(paths: VaultPaths, now: Date): Promise<string | null> {
  let previous: string | null = null;
  if (await exists(paths.vault)) {
    previous = `${PREVIOUS_PREFIX}${folderStamp(now)}`;
    let candidate = previous;
    for (let n = 2; await exists(join(paths.parent, candidate)); n += 1)
      candidate = `${previous}-${n}`;
    previous = candidate;
    await renameWithRetry(paths.vault, join(paths.parent, previous));
  }
  await renameWithRetry(paths.incoming, paths.vault);
  await unlink(join(paths.vault, COMPLETE_MARKER)).catch(() => undefined);
  await syncDir(paths.parent);
  return previous;
}

/**
 * Finishes or discards a restore interrupted by a crash: a complete incoming folder is swapped
 * in, an incomplete one removed. Does nothing (touches nothing) when there is none.
 */
export async function settlePendingRestore(paths: VaultPaths, now: Date): Promise<void> {
  if (!(await exists(paths.incoming))) return;
  try {
    if (await exists(join(paths.incoming, COMPLETE_MARKER))) await swapIn(paths, now);
    else await rm(paths.incoming, { recursive: true, force: true });
  } catch (cause) {
    throw ioError(cause, 'finishing an interrupted restore');
  }
}

/** Restores a backup file; `unwrap` opens the backup's data key (and throws if the secret is wrong). */
export async function restoreBackup(options: {
  paths: VaultPaths;
  sourcePath: string;
  unwrap: (header: VaultHeader) => Promise<Buffer>;
  now: Date;
  onProgress: (progress: BackupProgress) => void;
  /** Called once everything is verified, just before the live vault is replaced. */
  beforeSwap: () => Promise<void>;
}): Promise<RestoredVault> {
  const { paths, onProgress } = options;
  let handle;
  try {
    handle = await openFile(options.sourcePath, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError(
      code === 'ENOENT' ? 'not-found' : 'io',
      code === 'ENOENT'
        ? 'That backup file was not found.'
        : 'That backup file could not be opened.',
    );
  }
  let dataKey: Buffer | undefined;
  try {
    onProgress({ operation: 'restore', phase: 'reading', done: 0, total: 0 });
    const { header, hash, offset } = await readPreamble(handle);
    dataKey = await options.unwrap(header.vault);
    const key = frameKey(dataKey, header);
    const codec = createRecordCipher(dataKey);
    await rm(paths.incoming, { recursive: true, force: true });
    await mkdir(paths.incoming, { recursive: true, mode: DIR_MODE });
    const seen = new Set<string>();
    const dirs = new Set<string>([paths.incoming]);
    let records = 0;
    onProgress({ operation: 'restore', phase: 'verifying', done: 0, total: header.files });
    const frames = await readFrames(handle, key, hash, offset, async (entry, index) => {
      if (!isBackupPath(entry.path) || seen.has(entry.path))
        throw new AppError(
          'invalid-input',
          'This backup file is damaged or was changed, so nothing was restored.',
        );
      seen.add(entry.path);
      const [top, kind, name] = entry.path.split('/') as [string, string, string | undefined];
      if (top === 'records' && name) {
        try {
          codec.decode({ kind, id: name.slice(0, -4) }, entry.bytes);
        } catch {
          throw new AppError(
            'invalid-input',
            'A record in this backup does not authenticate, so nothing was restored.',
          );
        }
        records += 1;
      }
      const target = join(paths.incoming, ...entry.path.split('/'));
      const dir = dirname(target);
      if (!dirs.has(dir)) {
        await mkdir(dir, { recursive: true, mode: DIR_MODE });
        dirs.add(dir);
      }
      // Each folder is flushed once below, after all its files are written.
      await writeFileAtomic(dir, basename(target), entry.bytes, { flush: 'file' });
      if (index % 25 === 24)
        onProgress({
          operation: 'restore',
          phase: 'verifying',
          done: index + 1,
          total: header.files,
        });
    });
    key.fill(0);
    if (frames !== header.files)
      throw new AppError(
        'invalid-input',
        'This backup file is incomplete, so nothing was restored.',
      );
    // A restored vault never carries a device wrap: "Remember on this computer" starts off again.
    const vaultHeader = withoutDevice(header.vault);
    await writeHeader(paths.incoming, vaultHeader);
    for (const dir of dirs) await syncDir(dir);
    await markIncomingComplete(paths);
    onProgress({
      operation: 'restore',
      phase: 'swapping',
      done: header.files,
      total: header.files,
    });
    await options.beforeSwap();
    const previousFolder = await swapIn(paths, options.now);
    return { dataKey, vaultHeader, records, previousFolder };
  } catch (cause) {
    dataKey?.fill(0);
    await rm(paths.incoming, { recursive: true, force: true }).catch(() => undefined);
    if (cause instanceof AppError) throw cause;
    throw ioError(cause, 'restoring the backup');
  } finally {
    await handle.close();
  }
}
