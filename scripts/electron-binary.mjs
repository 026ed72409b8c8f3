// Where the development copy of Electron lives, found the way node_modules/electron/index.js finds
// it (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) but without its download side effect.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** node_modules/electron of this checkout. */
export const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

/**
 * The pinned Electron version, from its package.json; undefined when the package is missing.
 * @param {string} [electronDir]
 * @returns {string | undefined}
 */
export function electronVersion(electronDir = ELECTRON_DIR) {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * The executable's path inside Electron's dist folder for a platform.
 * @param {string} [platform]
 * @returns {string}
 */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron executable to launch, or undefined when it is not on disk.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string} [electronDir]
 * @returns {string | undefined}
 */
export function findElectronBinary(env = process.env, electronDir = ELECTRON_DIR) {
  if (!existsSync(join(electronDir, 'package.json'))) return undefined;
  let relativePath;
  try {
    relativePath = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || undefined;
  } catch {
    relativePath = undefined;
  }
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath ?? platformExecutable())
    : relativePath && join(electronDir, 'dist', relativePath);
  return candidate && existsSync(candidate) ? candidate : undefined;
}
