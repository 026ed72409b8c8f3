/**
 * The two steps of an atomic write that differ between platforms — putting a file in place by
 * rename and flushing its folder — in asynchronous and synchronous form. The rules are in
 * write-policy.ts.
 */
import {
  type AtomicFs,
  type AtomicFsSync,
  nodeAtomicFs,
  nodeAtomicFsSync,
  type WritableFile,
} from './atomic-fs';
import {
  type Delay,
  type DelaySync,
  flushesFolders,
  isToleratedFolderSyncError,
  renamePauseMs,
  shouldRetryRename,
  sleep,
  sleepSync,
} from './write-policy';

/** Which platform's rules to follow and which file system to use (tests inject both). */
export interface PlatformOptions {
  /** Default `process.platform`. */
  platform?: NodeJS.Platform;
  /** Default node's file system. */
  fs?: AtomicFs;
  /** The pause between rename attempts; default a real timer. */
  delay?: Delay;
}

/** Like PlatformOptions, for the synchronous writer. */
export interface PlatformOptionsSync {
  /** Default `process.platform`. */
  platform?: NodeJS.Platform;
  /** Default node's synchronous file system. */
  fs?: AtomicFsSync;
  /** The pause between rename attempts; default a blocking wait. */
  delay?: DelaySync;
}

/**
 * Flushes a folder's entry table to disk, so a rename inside it survives a power cut. Skipped on
 * Windows, where NTFS metadata journaling already makes a completed rename durable and a folder
 * cannot be opened for flushing. Where the file system cannot flush folders (some network, FUSE
 * and exFAT mounts) the refusal is tolerated; any other failure is thrown.
 */
export async function syncDir(
  dir: string,
  options: Omit<PlatformOptions, 'delay'> = {},
): Promise<void> {
  if (!flushesFolders(options.platform ?? process.platform)) return;
  const fs = options.fs ?? nodeAtomicFs;
  let handle: WritableFile | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (cause) {
    if (!isToleratedFolderSyncError(cause)) throw cause;
  } finally {
    // Closing a read-only folder handle cannot lose data; its failure changes nothing.
    await handle?.close().catch(() => undefined);
  }
}

/** Flushes a folder's entry table to disk, synchronously, by the same rules as `syncDir`. */
export function syncDirSync(dir: string, options: Omit<PlatformOptionsSync, 'delay'> = {}): void {
  if (!flushesFolders(options.platform ?? process.platform)) return;
  const fs = options.fs ?? nodeAtomicFsSync;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (cause) {
    if (!isToleratedFolderSyncError(cause)) throw cause;
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closing a read-only folder handle cannot lose data; its failure changes nothing.
      }
    }
  }
}

/**
 * Renames `from` to `to`, replacing `to`. On Windows a refusal caused by another program briefly
 * holding the file (EPERM, EACCES, EBUSY) is retried a bounded number of times with a short,
 * growing pause; after the last attempt, or for any other failure, the error is thrown unchanged.
 */
export async function renameWithRetry(
  from: string,
  to: string,
  options: PlatformOptions = {},
): Promise<void> {
  const platform = options.platform ?? process.platform;
  const fs = options.fs ?? nodeAtomicFs;
  const delay = options.delay ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (cause) {
      if (!shouldRetryRename(platform, cause, attempt)) throw cause;
      await delay(renamePauseMs(attempt));
    }
  }
}

/** Renames `from` to `to` synchronously, retrying on Windows by the same rules as `renameWithRetry`. */
export function renameWithRetrySync(
  from: string,
  to: string,
  options: PlatformOptionsSync = {},
): void {
  const platform = options.platform ?? process.platform;
  const fs = options.fs ?? nodeAtomicFsSync;
  const delay = options.delay ?? sleepSync;
  for (let attempt = 1; ; attempt += 1) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (cause) {
      if (!shouldRetryRename(platform, cause, attempt)) throw cause;
      delay(renamePauseMs(attempt));
    }
  }
}
