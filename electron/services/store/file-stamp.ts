import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * What identifies one version of a file without reading it: size, modification time and inode.
 * Every atomic write makes a new file (a new inode), so a record replaced by this app or by a
 * sync tool gets a new stamp; the summary cache trusts a summary only while the stamp matches.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** The stamp of a file's stats. */
export function stampOf(stats: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}

/** Tells whether two stamps describe the same version of a file. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** The stamp of the file at `path`, or null when there is no such file. Other failures throw. */
export async function statStamp(path: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(path));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw cause;
  }
}
