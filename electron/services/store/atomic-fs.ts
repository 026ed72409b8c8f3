/**
 * The few file-system calls the atomic writers make, as interfaces, so tests can stand in a
 * file system that fails at a chosen step or behaves like another platform's.
 */
import type { Stats } from 'node:fs';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';

/** An open file (or folder) as the asynchronous writer uses it; node's FileHandle is one. */
export interface WritableFile {
  writeFile(data: Uint8Array): Promise<void>;
  write(data: Uint8Array): Promise<unknown>;
  sync(): Promise<void>;
  stat(): Promise<Pick<Stats, 'size' | 'mtimeMs' | 'ino'>>;
  close(): Promise<void>;
}

/** The asynchronous file-system calls of the atomic writer. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The synchronous file-system calls of the synchronous atomic writer (settings). */
export interface AtomicFsSync {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

/** Node's real asynchronous file system. */
export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename,
  unlink,
};

/** Node's real synchronous file system. */
export const nodeAtomicFsSync: AtomicFsSync = {
  openSync: (path, flags, mode) => openSync(path, flags, mode),
  writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length),
  fsyncSync,
  closeSync,
  renameSync,
  unlinkSync,
};
