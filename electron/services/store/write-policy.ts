/**
 * The platform rules every file write of the app follows: whether a folder is flushed after a
 * rename, which folder-flush failures are harmless, and when a rename is worth retrying.
 *
 * - Linux and macOS: after renaming the temp file into place, the folder is fsynced so the new
 *   name survives a power cut. Some file systems cannot flush a folder (certain network, FUSE and
 *   exFAT mounts) and refuse with EPERM, EISDIR, EINVAL, ENOTSUP or EBADF; by then the new bytes
 *   are already in place, so that refusal is tolerated instead of failing the save.
 * - Windows: a folder cannot be opened for flushing (EPERM), and it need not be: NTFS journals
 *   its metadata, so a completed rename (MoveFileEx with replace) is durable once it returns. The
 *   folder flush is skipped. Antivirus scanners and the search indexer briefly hold new files
 *   open, so a rename refused with EPERM, EACCES or EBUSY is retried a few times with a short,
 *   growing pause (as graceful-fs does).
 */

/** Codes a folder flush may fail with on a file system that cannot flush folders. */
export const TOLERATED_FOLDER_SYNC_CODES: ReadonlySet<string> = new Set([
  'EPERM',
  'EISDIR',
  'EINVAL',
  'ENOTSUP',
  'EBADF',
]);

/** Codes with which Windows refuses a rename while another program briefly holds the file. */
export const RETRYABLE_RENAME_CODES: ReadonlySet<string> = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** How many times a rename is tried on Windows before its error is passed on. */
export const RENAME_ATTEMPTS = 8;

const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 250;

/** Waits the given number of milliseconds (asynchronous). */
export type Delay = (ms: number) => Promise<void>;

/** Waits the given number of milliseconds, blocking the thread (for the synchronous writer). */
export type DelaySync = (ms: number) => void;

function codeOf(cause: unknown): string | undefined {
  const code = (cause as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Tells whether a folder should be flushed after a rename on this platform: yes on Linux, macOS
 * and other POSIX systems; no on Windows, where the rename is already durable (NTFS metadata
 * journaling) and a folder cannot be opened for flushing.
 */
export function flushesFolders(platform: NodeJS.Platform): boolean {
  return platform !== 'win32';
}

/** Tells whether a folder-flush failure only means the file system cannot flush folders. */
export function isToleratedFolderSyncError(cause: unknown): boolean {
  const code = codeOf(cause);
  return code !== undefined && TOLERATED_FOLDER_SYNC_CODES.has(code);
}

/**
 * Tells whether a failed rename should be tried again: only on Windows, only for the codes
 * another program's brief hold on the file produces, and only while attempts remain.
 * `attempt` counts from 1 (the attempt that just failed).
 */
export function shouldRetryRename(
  platform: NodeJS.Platform,
  cause: unknown,
  attempt: number,
): boolean {
  if (platform !== 'win32' || attempt >= RENAME_ATTEMPTS) return false;
  const code = codeOf(cause);
  return code !== undefined && RETRYABLE_RENAME_CODES.has(code);
}

/** The pause before retrying after failed attempt number `attempt` (from 1): 10 ms, doubling, at most 250 ms. */
export function renamePauseMs(attempt: number): number {
  return Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, attempt - 1));
}

/** Waits `ms` milliseconds without blocking. */
export const sleep: Delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Blocks the thread for `ms` milliseconds (only the synchronous settings writer uses this, briefly). */
export const sleepSync: DelaySync = (ms) => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};
