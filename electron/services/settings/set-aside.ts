import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ensurePrivateMode } from './private-file';

/** Returns the file-name-safe time stamp used in set-aside names, e.g. `2026-11-26T09-30-05-123Z`. */
export function asideStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves an unusable settings file next to itself as `<name>.invalid-<time>.json` (never
 * overwriting an earlier one), makes it private, and returns the new path. The bytes are kept
 * exactly as they were, so nothing the clinician typed is lost.
 */
export function setAsideInvalidFile(path: string, at: Date): string {
  const ext = extname(path) || '.json';
  const stem = basename(path, extname(path));
  const base = `${stem}.invalid-${asideStamp(at)}`;
  let target = join(dirname(path), `${base}${ext}`);
  for (let n = 2; existsSync(target); n += 1) target = join(dirname(path), `${base}-${n}${ext}`);
  renameSync(path, target);
  ensurePrivateMode(target);
  return target;
}
