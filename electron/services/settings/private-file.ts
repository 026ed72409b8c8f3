import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Mode of the settings file and of any copy set aside: readable and writable by the user only. */
export const SETTINGS_FILE_MODE = 0o600;

/** Mode of the folder that holds the settings. */
export const SETTINGS_DIR_MODE = 0o700;

/** Creates the settings folder (and its parents) if needed, readable only by the user. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: SETTINGS_DIR_MODE });
}

/**
 * Makes sure a file is readable and writable by its owner only (0600), changing its mode when
 * group or others have any access. Returns whether the mode had to change. No-op on Windows,
 * where POSIX modes do not apply.
 */
export function ensurePrivateMode(path: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return false;
  const mode = statSync(path).mode & 0o777;
  if (mode === SETTINGS_FILE_MODE) return false;
  chmodSync(path, SETTINGS_FILE_MODE);
  return true;
}

function syncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open a folder for syncing; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Replaces `path` with `text` so a crash leaves either the old or the new content: temp file in
 * the same folder (mode 0600), fsync, rename over the target, fsync the folder.
 */
export function writePrivateFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  const temp = join(dir, `.tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
  try {
    const fd = openSync(temp, 'wx', SETTINGS_FILE_MODE);
    try {
      writeSync(fd, text, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    syncDirSync(dir);
  } catch (cause) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created or is already gone.
    }
    throw cause;
  }
}
