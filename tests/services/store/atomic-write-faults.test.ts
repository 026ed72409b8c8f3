import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { writeFileAtomic, writeFileAtomicAt } from '../../../electron/services/store/atomic-write';
import { writeFileAtomicSync } from '../../../electron/services/store/atomic-write-sync';
import {
  isToleratedFolderSyncError,
  RETRYABLE_RENAME_CODES,
} from '../../../electron/services/store/write-policy';
import {
  BEFORE_RENAME,
  errno,
  faultFs,
  faultFsSync,
  FOLDER_STEPS,
  removeTempDirs,
  type Step,
  tempDir,
  tempFilesIn,
} from './fault-fs';

afterAll(removeTempDirs);

const PLATFORMS = ['linux', 'darwin', 'win32'] as const;
const bytes = (text: string) => Buffer.from(text, 'utf8');
const noWait = async () => undefined;

async function contentOf(path: string): Promise<Buffer | undefined> {
  return readFile(path).catch(() => undefined);
}

describe('real write failures still fail the save and keep the old content', () => {
  for (const platform of PLATFORMS) {
    test(`${platform}: ENOSPC while writing the temp file leaves the old content and no temp file`, async () => {
      const dir = await tempDir();
      await writeFileAtomic(dir, 'a.rec', bytes('old content'));
      const async = faultFs((step) => (step === 'write' ? 'ENOSPC' : undefined));
      await expect(
        writeFileAtomic(dir, 'a.rec', bytes('new content, longer'), {
          platform,
          fs: async.fs,
          delay: noWait,
        }),
      ).rejects.toMatchObject({ code: 'ENOSPC' });
      const sync = faultFsSync((step) => (step === 'write' ? 'ENOSPC' : undefined));
      expect(() =>
        writeFileAtomicSync(dir, 'a.rec', bytes('new content, longer'), {
          platform,
          fs: sync.fs,
          delay: () => undefined,
        }),
      ).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
      expect(await readFile(join(dir, 'a.rec'), 'utf8')).toBe('old content');
      expect(await tempFilesIn(dir)).toEqual([]);
    });

    for (const [step, code] of [
      ['open-temp', 'EROFS'],
      ['open-temp', 'EACCES'],
      ['sync-file', 'EIO'],
      ['rename', 'EROFS'],
      ['rename', 'EACCES'],
    ] as const) {
      test(`${platform}: ${code} at ${step} is thrown as it is`, async () => {
        const dir = await tempDir();
        await writeFileAtomic(dir, 'a.rec', bytes('old'));
        const { fs, thrown } = faultFs((s) => (s === step ? code : undefined));
        const failed = writeFileAtomic(dir, 'a.rec', bytes('new'), { platform, fs, delay: noWait });
        await expect(failed).rejects.toMatchObject({ code });
        expect(await failed.catch((e: unknown) => e)).toBe(thrown.at(-1));
        expect(await readFile(join(dir, 'a.rec'), 'utf8')).toBe('old');
        expect(await tempFilesIn(dir)).toEqual([]);
      });
    }
  }

  test('a file saved at a chosen path lands there, private, through a temp file in its folder', async () => {
    const dir = await tempDir();
    const target = join(dir, 'handout copy.pdf');
    await writeFile(target, 'earlier copy');
    await writeFileAtomicAt(target, bytes('%PDF-1.7 new'));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  test('the policy: tolerated folder-flush codes are exactly the "cannot flush a folder" ones', () => {
    for (const code of ['EPERM', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EBADF'])
      expect(isToleratedFolderSyncError(errno(code))).toBe(true);
    for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'EIO'])
      expect(isToleratedFolderSyncError(errno(code))).toBe(false);
    expect(isToleratedFolderSyncError(new Error('no code'))).toBe(false);
  });
});

/** One write of a sequence, possibly failing once at a chosen step. */
interface PlannedWrite {
  content: Uint8Array;
  fault: { step: Step; code: string } | null;
}

const STEPS: readonly Step[] = [...BEFORE_RENAME, ...FOLDER_STEPS];
const CODES = ['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'EIO', 'EINVAL', 'ENOTSUP'];

const plannedWrite: fc.Arbitrary<PlannedWrite> = fc.record({
  content: fc.uint8Array({ maxLength: 64 }),
  fault: fc.option(
    fc.record({ step: fc.constantFrom(...STEPS), code: fc.constantFrom(...CODES) }),
    { nil: null },
  ),
});

/**
 * What the target must hold after a write with this fault, by the platform rules: a fault before
 * or at the rename keeps the old bytes (unless Windows retries the rename past a one-off hold);
 * a fault while flushing the folder comes after the rename, so the new bytes are in place. A
 * fault at a step the writer never reached (a folder flush on Windows, a stat in the synchronous
 * writer, a write of no bytes) changes nothing.
 */
function expected(
  platform: NodeJS.Platform,
  fault: PlannedWrite['fault'],
  fired: boolean,
): { replaced: boolean; fails: boolean } {
  if (!fault || !fired) return { replaced: true, fails: false };
  if (FOLDER_STEPS.includes(fault.step)) {
    if (platform === 'win32') return { replaced: true, fails: false };
    return { replaced: true, fails: !isToleratedFolderSyncError(errno(fault.code)) };
  }
  if (fault.step === 'rename' && platform === 'win32' && RETRYABLE_RENAME_CODES.has(fault.code))
    return { replaced: true, fails: false };
  return { replaced: false, fails: true };
}

/** Makes one planned write (its fault fires only on the first call of its step); tells whether it failed and whether the fault fired. */
async function attempt(
  platform: NodeJS.Platform,
  syncWriter: boolean,
  dir: string,
  write: PlannedWrite,
): Promise<{ failed: boolean; fired: boolean }> {
  const once = (step: Step, n: number) =>
    write.fault && step === write.fault.step && n === 1 ? write.fault.code : undefined;
  if (syncWriter) {
    const injected = faultFsSync(once);
    try {
      writeFileAtomicSync(dir, 'record.rec', write.content, {
        platform,
        fs: injected.fs,
        delay: () => undefined,
      });
      return { failed: false, fired: injected.thrown.length > 0 };
    } catch {
      return { failed: true, fired: injected.thrown.length > 0 };
    }
  }
  const injected = faultFs(once);
  try {
    await writeFileAtomic(dir, 'record.rec', write.content, {
      platform,
      fs: injected.fs,
      delay: noWait,
    });
    return { failed: false, fired: injected.thrown.length > 0 };
  } catch {
    return { failed: true, fired: injected.thrown.length > 0 };
  }
}

test('property: after any sequence of writes, some failing at a random step, the target holds the old or the new bytes exactly and no temp file remains', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...PLATFORMS),
      fc.boolean(),
      fc.array(plannedWrite, { minLength: 1, maxLength: 6 }),
      async (platform, syncWriter, writes) => {
        const dir = await tempDir();
        const target = join(dir, 'record.rec');
        let current: Buffer | undefined;
        for (const write of writes) {
          const { failed, fired } = await attempt(platform, syncWriter, dir, write);
          const outcome = expected(platform, write.fault, fired);
          expect(failed).toBe(outcome.fails);
          if (outcome.replaced) current = Buffer.from(write.content);
          expect(await contentOf(target)).toEqual(current);
          expect(await tempFilesIn(dir)).toEqual([]);
        }
      },
    ),
    { numRuns: 100 },
  );
});
