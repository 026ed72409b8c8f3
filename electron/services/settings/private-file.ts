import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { type AtomicWriteSyncOptions, writeFileAtomicSync } from '../store/atomic-write-sync';

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
export function ensurePrivateMode(
  path: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32') return false;
  const mode = statSync(path).mode & 0o777;
  if (mode === SETTINGS_FILE_MODE) return false;
  chmodSync(path, SETTINGS_FILE_MODE);
  return true;
}

/**
 * Replaces `path` with `text` (UTF-8, mode 0600) through the app's one synchronous atomic writer,
 * so a crash leaves either the old or the new content and the platform rules (folder flush,
 * Windows rename retry) are the same as for every other file.
 */
export function writePrivateFileAtomic(
  path: string,
  text: string,
  options: AtomicWriteSyncOptions = {},
): void {
  writeFileAtomicSync(dirname(path), basename(path), Buffer.from(text, 'utf8'), options);
}
