/**
 * The synchronous form of the one atomic writer, for code that cannot wait (the settings file is
 * prepared before the settings store opens). Same steps and platform rules as atomic-write.ts.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type AtomicFsSync, nodeAtomicFsSync } from './atomic-fs';
import { FILE_MODE, type FlushLevel, TEMP_PREFIX } from './atomic-write';
import { type PlatformOptionsSync, renameWithRetrySync, syncDirSync } from './rename-and-flush';

/** Platform, file system and flush level of one synchronous atomic write. */
export interface AtomicWriteSyncOptions extends PlatformOptionsSync {
  flush?: FlushLevel;
}

function writeAll(fs: AtomicFsSync, fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0)
      throw Object.assign(new Error('The file system accepted no bytes.'), { code: 'EIO' });
    offset += written;
  }
}

/**
 * Replaces `dir/name` with `bytes` (mode 0600) so that a crash at any moment leaves either the old
 * or the new content, and a failure leaves the old content and no temp file: temp file in the
 * same folder, fsync, rename over the target, flush the folder where the platform supports it.
 */
export function writeFileAtomicSync(
  dir: string,
  name: string,
  bytes: Uint8Array,
  options: AtomicWriteSyncOptions = {},
): void {
  const fs = options.fs ?? nodeAtomicFsSync;
  const flush = options.flush ?? 'full';
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  try {
    const fd = fs.openSync(temp, 'wx', FILE_MODE);
    try {
      writeAll(fs, fd, bytes);
      if (flush !== 'none') fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    renameWithRetrySync(temp, join(dir, name), options);
  } catch (cause) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // The temp file was never created or is already gone.
    }
    throw cause;
  }
  if (flush === 'full') syncDirSync(dir, options);
}
