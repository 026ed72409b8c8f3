import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writePrivateFileAtomic } from '../../../electron/services/settings/private-file';
import { faultFsSync, removeTempDirs, tempDir } from '../store/fault-fs';

afterAll(removeTempDirs);

describe('the settings file is written by the shared atomic writer', () => {
  test('win32: written without opening the folder (Windows would refuse with EPERM)', async () => {
    const dir = await tempDir();
    const { fs, steps } = faultFsSync((step) => (step === 'open-dir' ? 'EPERM' : undefined));
    writePrivateFileAtomic(join(dir, 'settings.json'), '{"theme":"dark"}', {
      platform: 'win32',
      fs,
    });
    expect(steps).toEqual(['open-temp', 'write', 'sync-file', 'close', 'rename']);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{"theme":"dark"}');
  });

  test('linux: the folder is flushed; a folder that cannot be flushed is tolerated; a failed temp write throws and keeps the old file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'settings.json');
    const flushed = faultFsSync();
    writePrivateFileAtomic(path, 'ü old', { platform: 'linux', fs: flushed.fs });
    expect(flushed.steps.slice(-3)).toEqual(['open-dir', 'sync-dir', 'close-dir']);
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const exfat = faultFsSync((step) => (step === 'sync-dir' ? 'EINVAL' : undefined));
    writePrivateFileAtomic(path, 'ü new', { platform: 'linux', fs: exfat.fs });
    expect(readFileSync(path, 'utf8')).toBe('ü new');

    const full = faultFsSync((step) => (step === 'write' ? 'ENOSPC' : undefined));
    expect(() =>
      writePrivateFileAtomic(path, 'ü newer', { platform: 'linux', fs: full.fs }),
    ).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(readFileSync(path, 'utf8')).toBe('ü new');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });
});
