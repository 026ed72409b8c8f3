import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../core/result';
import { type FileStamp, stampOf } from './file-stamp';

/** Prefix of the temporary files an atomic write leaves behind if it is interrupted. */
export const TEMP_PREFIX = '.tmp-';

/** File mode for every file that may hold client data. */
export const FILE_MODE = 0o600;

/** Folder mode for every folder that may hold client data. */
export const DIR_MODE = 0o700;

/** Turns a low-level file-system failure into an error a clinician can act on. */
export function ioError(cause: unknown, action: string): AppError {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('io', `The disk is full, so ${action} did not happen. Your previous version is intact; free some space and it will be retried.`);
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('io', `The data folder cannot be written to, so ${action} did not happen. Your previous version is intact.`);
  }
  return new AppError('io', `A file problem stopped ${action}${code ? ` (${code})` : ''}. Your previous version is intact.`);
}

/** Flushes a folder's entry table to disk, so a rename inside it survives a power cut. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates a folder (and its parents) readable only by the current user. */
export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
}

/**
 * Replaces `dir/name` with `bytes` so that a crash at any moment leaves either the old or the
 * new content: temp file in the same folder, fsync, rename over the target, fsync the folder.
 * Returns the stamp of the file written (taken from the written file itself, so it belongs to
 * exactly these bytes; a rename keeps size, mtime and inode).
 */
export async function writeFileAtomic(dir: string, name: string, bytes: Uint8Array): Promise<FileStamp> {
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx', FILE_MODE);
    let stamp: FileStamp;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
      stamp = stampOf(await handle.stat());
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, name));
    await syncDir(dir);
    return stamp;
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw cause;
  }
}

/** Removes temp files left by interrupted writes; returns how many were removed. */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    await unlink(join(dir, name)).catch(() => undefined);
    removed += 1;
  }
  return removed;
}
