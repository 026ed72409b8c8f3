/**
 * File systems for the atomic-writer tests: node's real one, wrapped so every step is recorded
 * and any step can be made to fail with an errno code (a failed write leaves half the bytes, as
 * a full disk does).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AtomicFs, AtomicFsSync } from '../../../electron/services/store/atomic-fs';
import { nodeAtomicFs, nodeAtomicFsSync } from '../../../electron/services/store/atomic-fs';

/** One step of an atomic write, as the fault file system sees it. */
export type Step =
  | 'open-temp'
  | 'write'
  | 'sync-file'
  | 'stat'
  | 'close'
  | 'rename'
  | 'open-dir'
  | 'sync-dir'
  | 'close-dir';

/** The steps before the temp file is renamed into place (a fault there keeps the old content). */
export const BEFORE_RENAME: readonly Step[] = [
  'open-temp',
  'write',
  'sync-file',
  'stat',
  'close',
  'rename',
];

/** The folder-flush steps (after the rename). */
export const FOLDER_STEPS: readonly Step[] = ['open-dir', 'sync-dir'];

/** Says which errno code (if any) the `count`-th call of `step` fails with. */
export type FaultPlan = (step: Step, count: number) => string | undefined;

/** An errno-style error as node's fs throws it. */
export function errno(code: string, step = 'test'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected at ${step}`), { code });
}

function recorder(plan: FaultPlan) {
  const steps: Step[] = [];
  const counts = new Map<Step, number>();
  const thrown: NodeJS.ErrnoException[] = [];
  const check = (step: Step): void => {
    steps.push(step);
    const count = (counts.get(step) ?? 0) + 1;
    counts.set(step, count);
    const code = plan(step, count);
    if (code === undefined) return;
    const error = errno(code, step);
    thrown.push(error);
    throw error;
  };
  return { steps, thrown, check };
}

/** Node's asynchronous fs with every step recorded and faults injected by `plan`. */
export function faultFs(plan: FaultPlan = () => undefined) {
  const { steps, thrown, check } = recorder(plan);
  const fs: AtomicFs = {
    async open(path, flags, mode) {
      const folder = flags === 'r';
      check(folder ? 'open-dir' : 'open-temp');
      const real = await nodeAtomicFs.open(path, flags, mode);
      return {
        async writeFile(data) {
          try {
            check('write');
          } catch (cause) {
            await real.writeFile(data.subarray(0, data.length >> 1));
            throw cause;
          }
          await real.writeFile(data);
        },
        async write(data) {
          try {
            check('write');
          } catch (cause) {
            await real.write(data.subarray(0, data.length >> 1));
            throw cause;
          }
          return real.write(data);
        },
        async sync() {
          check(folder ? 'sync-dir' : 'sync-file');
          await real.sync();
        },
        async stat() {
          check('stat');
          return real.stat();
        },
        async close() {
          await real.close();
          check(folder ? 'close-dir' : 'close');
        },
      };
    },
    async rename(from, to) {
      check('rename');
      await nodeAtomicFs.rename(from, to);
    },
    unlink: (path) => nodeAtomicFs.unlink(path),
  };
  return { fs, steps, thrown };
}

/** Node's synchronous fs with every step recorded and faults injected by `plan`. */
export function faultFsSync(plan: FaultPlan = () => undefined) {
  const { steps, thrown, check } = recorder(plan);
  const folders = new Set<number>();
  const fs: AtomicFsSync = {
    openSync(path, flags, mode) {
      const folder = flags === 'r';
      check(folder ? 'open-dir' : 'open-temp');
      const fd = nodeAtomicFsSync.openSync(path, flags, mode);
      if (folder) folders.add(fd);
      return fd;
    },
    writeSync(fd, data, offset, length) {
      try {
        check('write');
      } catch (cause) {
        nodeAtomicFsSync.writeSync(fd, data, offset, length >> 1);
        throw cause;
      }
      return nodeAtomicFsSync.writeSync(fd, data, offset, length);
    },
    fsyncSync(fd) {
      check(folders.has(fd) ? 'sync-dir' : 'sync-file');
      nodeAtomicFsSync.fsyncSync(fd);
    },
    closeSync(fd) {
      const folder = folders.delete(fd);
      nodeAtomicFsSync.closeSync(fd);
      check(folder ? 'close-dir' : 'close');
    },
    renameSync(from, to) {
      check('rename');
      nodeAtomicFsSync.renameSync(from, to);
    },
    unlinkSync: (path) => nodeAtomicFsSync.unlinkSync(path),
  };
  return { fs, steps, thrown };
}

const made: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs`. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cs-atomic-'));
  made.push(dir);
  return dir;
}

/** Removes the folders `tempDir` made. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The names in `dir` that are temp files of an atomic write. */
export async function tempFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('.tmp-'));
}
