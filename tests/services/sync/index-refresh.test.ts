import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordIndex } from '../../../electron/services/store/record-index';
import { RecordStore } from '../../../electron/services/store/record-store';
import { createRecordCipher } from '../../../electron/services/vault/record-cipher';
import { tempDataDir } from '../vault/helpers';

const summarizers = { person: (data: unknown) => data };
const id = 'f'.repeat(32);

async function twoStores() {
  const root = join(await tempDataDir(), 'records');
  const cipher = createRecordCipher(randomBytes(32));
  const here = new RecordStore(root, cipher, undefined, 'a'.repeat(32));
  const elsewhere = new RecordStore(root, cipher, undefined, 'b'.repeat(32));
  await here.open(['person']);
  const index = new RecordIndex(here, summarizers);
  await index.load();
  return { root, index, elsewhere, file: here.fileOf('person', id) };
}

describe('re-reading a record another computer changed', () => {
  it('takes a new version, ignores its own write, and forgets a removed record', async () => {
    const { index, elsewhere, file } = await twoStores();
    await index.save('person', id, { name: 'Zoë Ørsted' }, 0);
    expect(await index.refresh('person', id)).toBe('unchanged');
    await elsewhere.write('person', id, 2, { name: 'Zoë Ørsted-Berg' });
    expect(await index.refresh('person', id)).toBe('updated');
    expect(index.rev('person', id)).toBe(2);
    expect(index.summary('person', id)).toEqual({ name: 'Zoë Ørsted-Berg' });
    expect((await index.get('person', id)).device).toBe('b'.repeat(32));
    await rm(file);
    expect(await index.refresh('person', id)).toBe('removed');
    expect(index.summary('person', id)).toBeUndefined();
  });

  it('a file still arriving (any truncation) keeps the known version until it is whole', async () => {
    const { index, elsewhere, file } = await twoStores();
    await index.save('person', id, { name: 'דנה לוי' }, 0);
    await elsewhere.write('person', id, 2, { name: 'דנה לוי-כהן' });
    const whole = await readFile(file);
    for (const cut of [0, 1, 3, 4, 16, whole.length >> 1, whole.length - 1]) {
      await writeFile(file, whole.subarray(0, cut));
      expect(await index.refresh('person', id), `cut at ${cut}`).toBe('incomplete');
      expect(index.summary('person', id)).toEqual({ name: 'דנה לוי' });
    }
    await writeFile(file, whole);
    expect(await index.refresh('person', id)).toBe('updated');
    expect(index.summary('person', id)).toEqual({ name: 'דנה לוי-כהן' });
  });
});
