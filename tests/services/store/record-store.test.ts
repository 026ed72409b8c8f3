import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertEnvelope, type RecordCodec } from '../../../electron/services/store/record-codec';
import { mapPool } from '../../../electron/services/store/map-pool';
import { newRecordId, RecordStore } from '../../../electron/services/store/record-store';
import { tempDataDir } from '../vault/helpers';

/** Plain JSON records, for the store's mechanics only (the app's records go through the vault's encrypting codec). */
const jsonCodec: RecordCodec = {
  encode: (_address, envelope) => Buffer.from(JSON.stringify(envelope), 'utf8'),
  decode: (address, bytes) =>
    assertEnvelope(address, JSON.parse(Buffer.from(bytes).toString('utf8'))),
};

describe('record store mechanics (plain codec, no client data)', () => {
  test('one file per record, 0600 files in 0700 folders, revisions increase, stale temp files removed at open', async () => {
    const root = join(await tempDataDir(), 'records');
    const store = new RecordStore(root, jsonCodec);
    await store.open(['note']);
    await writeFile(join(root, 'note', '.tmp-deadbeef'), 'half a write');
    const again = new RecordStore(root, jsonCodec);
    expect(await again.open(['note'])).toEqual({ staleTempFiles: 1 });
    const id = newRecordId();
    expect((await again.put('note', id, { n: 1 }, 0)).rev).toBe(1);
    expect((await again.put('note', id, { n: 2 })).rev).toBe(2);
    await expect(again.put('note', id, { n: 3 }, 1)).rejects.toMatchObject({ code: 'conflict' });
    expect((await again.get('note', id)).data).toEqual({ n: 2 });
    expect(await readdir(join(root, 'note'))).toEqual([`${id}.rec`]);
    expect((await stat(again.fileOf('note', id))).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, 'note'))).mode & 0o777).toBe(0o700);
  });

  test('concurrent writes to one record are serialised; bad addresses are refused', async () => {
    const store = new RecordStore(join(await tempDataDir(), 'records'), jsonCodec);
    await store.open(['note']);
    const id = newRecordId();
    await Promise.all(Array.from({ length: 20 }, (_, n) => store.put('note', id, { n })));
    expect((await store.get('note', id)).rev).toBe(20);
    await expect(store.get('note', '../../etc/passwd')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(store.get('Note', id)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(store.get('note', newRecordId())).rejects.toMatchObject({ code: 'not-found' });
  });

  test('mapPool runs everything with bounded concurrency', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await mapPool([...Array(50).keys()], 4, async (i) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      seen.push(i);
      running -= 1;
    });
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    expect(peak).toBe(4);
  });
});
