// Tells whether a script was run directly (`node scripts/x.mjs`) rather than imported. Comparing
// `import.meta.url` with `file://${process.argv[1]}` breaks on Windows (backslashes, drive
// letters) and in any folder whose path has a space or a non-ASCII letter (the URL is
// percent-encoded, the path is not), so the comparison is done on file-system paths instead.
import { realpathSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pure comparison of a module URL with the path Node was asked to run. Paths are compared after
 * resolving, Unicode NFC normalisation and, where the file system ignores case (Windows, macOS),
 * case folding; `realpath` lets a symlinked script path match the module's real URL.
 * @param {string} moduleUrl the module's `import.meta.url`
 * @param {string | undefined} argvPath `process.argv[1]`
 * @param {{ platform?: string, realpath?: (path: string) => string }} [options]
 * @returns {boolean}
 */
export function isMainModuleUrl(
  moduleUrl,
  argvPath,
  { platform = process.platform, realpath = (path) => path } = {},
) {
  if (!argvPath) return false;
  const windows = platform === 'win32';
  const paths = windows ? win32 : posix;
  let modulePath;
  try {
    modulePath = fileURLToPath(moduleUrl, { windows });
  } catch {
    return false;
  }
  const fold = (path) => {
    const normal = paths.normalize(path).normalize('NFC');
    return windows || platform === 'darwin' ? normal.toLowerCase() : normal;
  };
  const asked = paths.resolve(argvPath);
  const candidates = [asked];
  try {
    candidates.push(realpath(asked));
  } catch {
    // A path that cannot be resolved further is compared as given.
  }
  return candidates.some((candidate) => fold(candidate) === fold(modulePath));
}

/**
 * Tells whether the module at `moduleUrl` is the script this Node process was started with.
 * @param {string} moduleUrl the calling module's `import.meta.url`
 * @param {string[]} [argv] defaults to `process.argv`
 * @returns {boolean}
 */
export function isMainModule(moduleUrl, argv = process.argv) {
  return isMainModuleUrl(moduleUrl, argv[1], {
    platform: process.platform,
    realpath: realpathSync,
  });
}
