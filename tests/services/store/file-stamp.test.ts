import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { statStamp, statStamps } from '../../../electron/services/store/file-stamp';
import { tempDir } from '../../setup/temp-dirs';

test('statStamps gives each file its stamp in order, null for a missing one, across batches', async () => {
  const dir = await tempDir('cs-stamps-');
  const paths: string[] = [];
  for (let i = 0; i < 1300; i += 1) {
    const path = join(dir, `${i}.rec`);
    if (i % 97 !== 0) await writeFile(path, 'x'.repeat(i % 50));
    paths.push(path);
  }
  const stamps = await statStamps(paths);
  expect(stamps).toHaveLength(paths.length);
  for (let i = 0; i < paths.length; i += 1)
    expect(stamps[i], paths[i]).toEqual(await statStamp(paths[i] as string));
  expect(stamps.filter((s) => s === null)).toHaveLength(Math.ceil(1300 / 97));
});

test('statStamps throws on a failure other than a missing file', async () => {
  const dir = await tempDir('cs-stamps-');
  await writeFile(join(dir, 'file'), 'x');
  await expect(statStamps([join(dir, 'file', 'below-a-file')])).rejects.toMatchObject({
    code: 'ENOTDIR',
  });
});
