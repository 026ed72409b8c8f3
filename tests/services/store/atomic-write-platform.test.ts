import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/store/atomic-write';
import { writeFileAtomicSync } from '../../../electron/services/store/atomic-write-sync';
import { syncDir } from '../../../electron/services/store/rename-and-flush';
import {
  RENAME_ATTEMPTS,
  renamePauseMs,
  TOLERATED_FOLDER_SYNC_CODES,
} from '../../../electron/services/store/write-policy';
import { faultFs, faultFsSync, removeTempDirs, tempDir, tempFilesIn } from './fault-fs';

afterAll(removeTempDirs);

const bytes = (text: string) => Buffer.from(text, 'utf8');
const noWait = (pauses: number[]) => async (ms: number) => {
  pauses.push(ms);
};

/** Windows refuses to open a folder for flushing; this is how the injected fs behaves too. */
const windowsFolders = (step: string) => (step === 'open-dir' ? 'EPERM' : undefined);

describe('win32: no folder flush, rename retried', () => {
  test('a save succeeds without ever opening the folder (async)', async () => {
    const dir = await tempDir();
    const { fs, steps } = faultFs(windowsFolders);
    await writeFileAtomic(dir, 'a.rec', bytes('old'), { platform: 'win32', fs });
    await writeFileAtomic(dir, 'a.rec', bytes('new'), { platform: 'win32', fs });
    expect(steps).toEqual(
      [...Array(2)].flatMap(() => ['open-temp', 'write', 'sync-file', 'stat', 'close', 'rename']),
    );
    expect(await readFile(join(dir, 'a.rec'), 'utf8')).toBe('new');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  test('a save succeeds without ever opening the folder (sync)', async () => {
    const dir = await tempDir();
    const { fs, steps } = faultFsSync(windowsFolders);
    writeFileAtomicSync(dir, 'settings.json', bytes('{"a":1}'), { platform: 'win32', fs });
    expect(steps).toEqual(['open-temp', 'write', 'sync-file', 'close', 'rename']);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe('{"a":1}');
  });

  test('syncDir is a no-op', async () => {
    const { fs, steps } = faultFs(windowsFolders);
    await syncDir(await tempDir(), { platform: 'win32', fs });
    expect(steps).toEqual([]);
  });

  for (const code of ['EPERM', 'EACCES', 'EBUSY']) {
    test(`a rename refused with ${code} succeeds on the third try, after short pauses`, async () => {
      const dir = await tempDir();
      const pauses: number[] = [];
      const { fs, steps } = faultFs((step, n) => (step === 'rename' && n < 3 ? code : undefined));
      await writeFileAtomic(dir, 'a.rec', bytes('new'), {
        platform: 'win32',
        fs,
        delay: noWait(pauses),
      });
      expect(steps.filter((s) => s === 'rename')).toHaveLength(3);
      expect(pauses).toEqual([renamePauseMs(1), renamePauseMs(2)]);
      expect(await readFile(join(dir, 'a.rec'), 'utf8')).toBe('new');
      expect(await tempFilesIn(dir)).toEqual([]);
    });
  }

  test('a rename that keeps failing gives up after the bound with the error itself; old content kept', async () => {
    const dir = await tempDir();
    await writeFileAtomic(dir, 'a.rec', bytes('old'));
    const pauses: number[] = [];
    const { fs, steps, thrown } = faultFs((step) => (step === 'rename' ? 'EPERM' : undefined));
    const failed = writeFileAtomic(dir, 'a.rec', bytes('new'), {
      platform: 'win32',
      fs,
      delay: noWait(pauses),
    });
    await expect(failed).rejects.toMatchObject({ code: 'EPERM' });
    expect(await failed.catch((e: unknown) => e)).toBe(thrown.at(-1));
    expect(steps.filter((s) => s === 'rename')).toHaveLength(RENAME_ATTEMPTS);
    expect(pauses).toHaveLength(RENAME_ATTEMPTS - 1);
    expect(pauses.every((ms) => ms > 0 && ms <= 250)).toBe(true);
    expect(await readFile(join(dir, 'a.rec'), 'utf8')).toBe('old');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  test('the synchronous writer retries the same way', async () => {
    const dir = await tempDir();
    const pauses: number[] = [];
    const { fs } = faultFsSync((step, n) => (step === 'rename' && n < 4 ? 'EBUSY' : undefined));
    writeFileAtomicSync(dir, 'settings.json', bytes('x'), {
      platform: 'win32',
      fs,
      delay: (ms) => pauses.push(ms),
    });
    expect(pauses).toEqual([1, 2, 3].map(renamePauseMs));
    const always = faultFsSync((step) => (step === 'rename' ? 'EACCES' : undefined));
    expect(() =>
      writeFileAtomicSync(dir, 'settings.json', bytes('y'), {
        platform: 'win32',
        fs: always.fs,
        delay: () => undefined,
      }),
    ).toThrow(expect.objectContaining({ code: 'EACCES' }));
    expect(always.steps.filter((s) => s === 'rename')).toHaveLength(RENAME_ATTEMPTS);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe('x');
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  test('a failure that is not a brief hold (ENOSPC) is not retried', async () => {
    const dir = await tempDir();
    const pauses: number[] = [];
    const { fs, steps } = faultFs((step) => (step === 'rename' ? 'ENOSPC' : undefined));
    await expect(
      writeFileAtomic(dir, 'a.rec', bytes('new'), { platform: 'win32', fs, delay: noWait(pauses) }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(steps.filter((s) => s === 'rename')).toHaveLength(1);
    expect(pauses).toEqual([]);
  });
});

for (const platform of ['linux', 'darwin'] as const) {
  describe(`${platform}: the folder is flushed after the rename`, () => {
    test('async and sync writers open and fsync the folder, after the rename', async () => {
      const dir = await tempDir();
      const async = faultFs();
      await writeFileAtomic(dir, 'a.rec', bytes('new'), { platform, fs: async.fs });
      expect(async.steps).toEqual([
        'open-temp',
        'write',
        'sync-file',
        'stat',
        'close',
        'rename',
        'open-dir',
        'sync-dir',
        'close-dir',
      ]);
      const sync = faultFsSync();
      writeFileAtomicSync(dir, 'b.json', bytes('new'), { platform, fs: sync.fs });
      expect(sync.steps).toEqual([
        'open-temp',
        'write',
        'sync-file',
        'close',
        'rename',
        'open-dir',
        'sync-dir',
        'close-dir',
      ]);
    });

    test('a rename refused with EPERM is not retried (no antivirus holds files here)', async () => {
      const dir = await tempDir();
      const { fs, steps } = faultFs((step) => (step === 'rename' ? 'EPERM' : undefined));
      await expect(
        writeFileAtomic(dir, 'a.rec', bytes('new'), {
          platform,
          fs,
          delay: () => Promise.reject(new Error('no pause expected')),
        }),
      ).rejects.toMatchObject({
        code: 'EPERM',
      });
      expect(steps.filter((s) => s === 'rename')).toHaveLength(1);
    });

    for (const code of [...TOLERATED_FOLDER_SYNC_CODES]) {
      for (const step of ['open-dir', 'sync-dir'] as const) {
        test(`a folder that cannot be flushed (${code} at ${step}) does not fail the save`, async () => {
          const dir = await tempDir();
          const async = faultFs((s) => (s === step ? code : undefined));
          await expect(
            writeFileAtomic(dir, 'a.rec', bytes('new'), { platform, fs: async.fs }),
          ).resolves.toMatchObject({ size: 3 });
          const sync = faultFsSync((s) => (s === step ? code : undefined));
          expect(() =>
            writeFileAtomicSync(dir, 'b.json', bytes('new'), { platform, fs: sync.fs }),
          ).not.toThrow();
          expect(await readFile(join(dir, 'a.rec'), 'utf8')).toBe('new');
          expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe('new');
          expect(async.steps).toContain(step);
          expect(sync.steps).toContain(step);
        });
      }
    }

    test('a real folder-flush failure (EIO) is reported', async () => {
      const dir = await tempDir();
      const async = faultFs((s) => (s === 'sync-dir' ? 'EIO' : undefined));
      await expect(syncDir(dir, { platform, fs: async.fs })).rejects.toMatchObject({ code: 'EIO' });
      await expect(
        writeFileAtomic(dir, 'a.rec', bytes('new'), { platform, fs: async.fs }),
      ).rejects.toMatchObject({ code: 'EIO' });
      const sync = faultFsSync((s) => (s === 'sync-dir' ? 'EIO' : undefined));
      expect(() =>
        writeFileAtomicSync(dir, 'b.json', bytes('new'), { platform, fs: sync.fs }),
      ).toThrow(expect.objectContaining({ code: 'EIO' }));
    });
  });
}
