import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scanFolderOffThread } from '../../electron/services/helper-thread';
import { statStamp } from '../../electron/services/store/file-stamp';
import {
  createRecordCipher,
  openBytesFile,
  sealBytes,
} from '../../electron/services/vault/record-cipher';
import { tempDir } from '../setup/temp-dirs';

const ID = /^[0-9a-f]{32}$/;

test('scanFolderOffThread lists the record files of a folder with the stamps statStamp gives', async () => {
  const dir = await tempDir('cs-scan-');
  const ids = Array.from({ length: 40 }, () => randomBytes(16).toString('hex'));
  for (const [i, id] of ids.entries()) await writeFile(join(dir, `${id}.rec`), 'x'.repeat(i));
  await writeFile(join(dir, 'not-a-record.rec'), 'x');
  await writeFile(join(dir, `${ids[0]}.tmp`), 'x');
  const scanned = await scanFolderOffThread(dir, '.rec', ID);
  expect([...scanned.ids].sort()).toEqual([...ids].sort());
  for (const [i, id] of scanned.ids.entries()) {
    const stamp = await statStamp(join(dir, `${id}.rec`));
    expect([...scanned.stamps.subarray(3 * i, 3 * i + 3)]).toEqual([
      stamp?.size,
      stamp?.mtimeMs,
      stamp?.ino,
    ]);
  }
  expect(await scanFolderOffThread(join(dir, 'missing'), '.rec', ID)).toMatchObject({ ids: [] });
  await writeFile(join(dir, 'file'), 'x');
  await expect(scanFolderOffThread(join(dir, 'file'), '.rec', ID)).rejects.toThrow('ENOTDIR');
});

test('openBytesFile opens sealed bytes on the helper thread only with the right key and address', async () => {
  const dir = await tempDir('cs-open-');
  await mkdir(dir, { recursive: true });
  const key = randomBytes(32);
  const address = { kind: 'archive-index', id: '0'.repeat(32) };
  const plain = randomBytes(3 * (1 << 20) + 5);
  const path = join(dir, 'sealed.rec');
  await writeFile(path, sealBytes(key, address, plain));
  expect(Buffer.from(await openBytesFile(key, address, path)).equals(plain)).toBe(true);
  await expect(openBytesFile(randomBytes(32), address, path)).rejects.toThrow();
  await expect(openBytesFile(key, { ...address, id: '1'.repeat(32) }, path)).rejects.toThrow();
  await expect(openBytesFile(key, address, join(dir, 'missing.rec'))).rejects.toThrow();
  expect(key.equals(Buffer.alloc(32))).toBe(false);
});

test('the record codec decodes a whole file on the helper thread as decode does', async () => {
  const dir = await tempDir('cs-decode-');
  const codec = createRecordCipher(randomBytes(32));
  const address = { kind: 'index-cache', id: '0'.repeat(32) };
  const envelope = { format: 1, ...address, rev: 3, data: { hello: 'wörld' } };
  const path = join(dir, 'cache.rec');
  await writeFile(path, codec.encode(address, envelope));
  expect(await codec.decodeFile?.(address, path)).toEqual(envelope);
  await expect(codec.decodeFile?.({ ...address, kind: 'session' }, path)).rejects.toThrow();
  await writeFile(path, Buffer.from('not a record at all, not at all'));
  await expect(codec.decodeFile?.(address, path)).rejects.toThrow();
});
