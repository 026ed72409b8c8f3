/**
 * THE writer for every file the app writes — records, summary cache, audit log, vault header,
 * backups, quarantine, the remembered secret and copies saved where the clinician chooses: temp
 * file in the target's folder, fsync, rename over the target, flush the folder where the
 * platform supports it (rules in write-policy.ts). The synchronous form, atomic-write-sync.ts,
 * writes the settings file: conf and electron-store are subclassed to save through it
 * (settings/shared-writer-store.ts), and a migration rewrites the file through it too.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../core/result';
import type { ReadOnlyReason } from '../../../core/vault/vault-schemas';
import { nodeAtomicFs, type WritableFile } from './atomic-fs';
import { type FileStamp, stampOf } from './file-stamp';
import { type PlatformOptions, renameWithRetry, syncDir } from './rename-and-flush';

export { renameWithRetry, syncDir } from './rename-and-flush';

/** Prefix of the temporary files an atomic write leaves behind if it is interrupted. */
export const TEMP_PREFIX = '.tmp-';

/** File mode for every file that may hold client data. */
export const FILE_MODE = 0o600;

/** Folder mode for every folder that may hold client data. */
export const DIR_MODE = 0o700;

const FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY_CODES: ReadonlySet<string> = new Set(['EROFS', 'EACCES', 'EPERM']);

/** Says whether a file-system failure means "this disk cannot take writes now", and why; null for any other failure. */
export function diskRefusal(cause: unknown): ReadOnlyReason | null {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return null;
  if (FULL_CODES.has(code)) return 'full';
  if (READ_ONLY_CODES.has(code)) return 'read-only';
  return null;
}

/** Turns a low-level file-system failure into an error a clinician can act on. */
export function ioError(cause: unknown, action: string): AppError {
  const refusal = diskRefusal(cause);
  if (refusal === 'full') {
    return new AppError(
      'io',
      `The disk is full, so ${action} did not happen. Your previous version is intact; free some space and it will be retried.`,
    );
  }
  if (refusal === 'read-only') {
    return new AppError(
      'io',
      `The data folder cannot be written to, so ${action} did not happen. Your previous version is intact.`,
    );
  }
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  return new AppError(
    'io',
    `A file problem stopped ${action}${code ? ` (${code})` : ''}. Your previous version is intact.`,
  );
}

/** Creates a folder (and its parents) readable only by the current user. */
export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
}

/**
 * How much of a write is flushed to disk: `full` (default) the file and then its folder; `file`
 * the file only, for a caller that writes many files into one folder and then flushes the folder
 * once with `syncDir`; `none` nothing (demo seeding, where speed matters and nothing is real).
 */
export type FlushLevel = 'full' | 'file' | 'none';

/** Platform, file system and flush level of one atomic write (defaults: this platform, node's fs, full). */
export interface AtomicWriteOptions extends PlatformOptions {
  flush?: FlushLevel;
}

/**
 * Replaces `dir/name` with what `fill` writes into the temp file, so that a crash at any moment
 * leaves either the old or the new content, and a failure leaves the old content and no temp
 * file. Returns the stamp of the file written (taken from the written file itself, so it belongs
 * to exactly these bytes; a rename keeps size, mtime and inode).
 */
export async function writeAtomicWith(
  dir: string,
  name: string,
  fill: (file: WritableFile) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<FileStamp> {
  const fs = options.fs ?? nodeAtomicFs;
  const flush = options.flush ?? 'full';
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  let stamp: FileStamp;
  try {
    const file = await fs.open(temp, 'wx', FILE_MODE);
    try {
      await fill(file);
      if (flush !== 'none') await file.sync();
      stamp = stampOf(await file.stat());
    } finally {
      await file.close();
    }
    await renameWithRetry(temp, join(dir, name), options);
  } catch (cause) {
    await fs.unlink(temp).catch(() => undefined);
    throw cause;
  }
  if (flush === 'full') await syncDir(dir, options);
  return stamp;
}

/**
 * Replaces `dir/name` with `bytes` atomically (temp file in the same folder, fsync, rename over
 * the target, flush the folder where the platform supports it). Returns the written file's stamp.
 */
export async function writeFileAtomic(
  dir: string,
  name: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<FileStamp> {
  return writeAtomicWith(dir, name, (file) => file.writeFile(bytes), options);
}

/**
 * Replaces the file at a full path (for example one the clinician chose in a save dialog, on any
 * disk) with `bytes`, atomically, through a temp file in that file's folder.
 */
export async function writeFileAtomicAt(
  targetPath: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<FileStamp> {
  return writeFileAtomic(dirname(targetPath), basename(targetPath), bytes, options);
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
