/**
 * The encrypted summary cache of the record index: an unlock decrypts only records whose files
 * changed; a changed, new or deleted file is noticed; a missing, damaged or outdated cache is
 * ignored and rebuilt (never quarantined); the cache is never plaintext; lock writes it before the
 * key is dropped; a cache that cannot be written never fails a save or a lock.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/store/atomic-write';
import type { RecordCodec } from '../../../electron/services/store/record-codec';
import { RecordIndex, type Summarizer } from '../../../electron/services/store/record-index';
import { newRecordId, RecordStore } from '../../../electron/services/store/record-store';
import {
  RACY_MS,
  SUMMARY_CACHE_FILE,
  type SummaryCacheOptions,
} from '../../../electron/services/store/summary-cache';
import { createRecordCipher } from '../../../electron/services/vault/record-cipher';
import { readHeader, unwrapWithPassphrase } from '../../../electron/services/vault/vault-header';
import { GOOD_PASSPHRASE, harness, tempDataDir } from '../vault/helpers';

const NAMES = [
  'Zoë Ørsted',
  'Ελπίδα Παπαδοπούλου',
  '王小明',
  'محمد الأحمد',
  'דנה לוי',
  'Анастасия',
];

interface Person {
  name: string;
  note: string;
}

const summarizers: Record<string, Summarizer> = {
  person: (data) => ({ name: (data as Person).name }),
  visit: (data) => ({ at: (data as { at: string }).at }),
};

/** A record cipher under a fixed key that counts how many records (not the cache) it decrypts. */
function countingCipher(key: Buffer) {
  const cipher = createRecordCipher(key);
  const decoded: string[] = [];
  const codec: RecordCodec = {
    encode: (address, envelope) => cipher.encode(address, envelope),
    decode: (address, bytes) => {
      if (address.kind !== 'index-cache') decoded.push(`${address.kind}/${address.id}`);
      return cipher.decode(address, bytes);
    },
  };
  return { codec, decoded };
}

/** One "unlock" of a vault-like folder: a store and an index with the cache, sharing one key. */
async function vaultLike(
  root: string,
  key: Buffer,
  extra: Partial<SummaryCacheOptions> & { summarizers?: Record<string, Summarizer> } = {},
) {
  const { codec, decoded } = countingCipher(key);
  const store = new RecordStore(join(root, 'records'), codec);
  await store.open(Object.keys(summarizers));
  const cacheDir = join(root, 'index-cache');
  await mkdir(cacheDir, { recursive: true });
  // Files written by the test are "old" for the cache unless a test says otherwise.
  const index = new RecordIndex(store, extra.summarizers ?? summarizers, {
    dir: cacheDir,
    codec,
    now: () => Date.now() + 2 * RACY_MS,
    ...extra,
  });
  return { store, index, decoded, cacheDir };
}

async function filled(count = NAMES.length) {
  const root = await tempDataDir();
  const key = randomBytes(32);
  const first = await vaultLike(root, key);
  await first.index.load();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = newRecordId();
    ids.push(id);
    await first.index.save<Person>(
      'person',
      id,
      { name: NAMES[i % NAMES.length] as string, note: 'sleeps better since March' },
      0,
    );
  }
  const visit = newRecordId();
  await first.index.save('visit', visit, { at: '2026-03-01' }, 0);
  await first.index.flushCache();
  first.index.clear();
  return { root, key, ids, visit };
}

describe('record index summary cache', () => {
  test('an unchanged vault loads from the cache: only one sample record per kind is decrypted', async () => {
    const { root, key, ids } = await filled(12);
    const again = await vaultLike(root, key);
    expect(await again.index.load()).toEqual([]);
    expect(again.decoded).toHaveLength(2);
    expect(again.index.count('person')).toBe(12);
    expect(
      again.index
        .summaries<{ name: string }>('person')
        .map((s) => s.name)
        .sort(),
    ).toEqual(ids.map((_, i) => NAMES[i % NAMES.length]).sort());
    expect(again.index.rev('person', ids[3] as string)).toBe(1);
    // Without a cache every record is decrypted: the spy can tell the difference.
    const plain = new RecordIndex(again.store, summarizers);
    again.decoded.length = 0;
    await plain.load();
    expect(again.decoded).toHaveLength(13);
  });

  test('a record changed by another program (same size, other content) is re-read; new and deleted files are noticed', async () => {
    const { root, key, ids, visit } = await filled();
    const other = new RecordStore(join(root, 'records'), createRecordCipher(key));
    const changed = ids[1] as string;
    const before = (await stat(other.fileOf('person', changed))).size;
    // "Ελπίδα Παπαδοπούλου" → same length in UTF-8, so the file keeps its size.
    await other.write('person', changed, 1, {
      name: 'Ελπίδα Παπαδοπούλοο',
      note: 'sleeps better since March',
    });
    expect((await stat(other.fileOf('person', changed))).size).toBe(before);
    const added = newRecordId();
    await other.write('person', added, 1, { name: 'Анастасия', note: '' });
    await unlink(other.fileOf('person', ids[0] as string));

    const again = await vaultLike(root, key);
    await again.index.load();
    // The changed and the new record, plus one unchanged sample per kind.
    expect(again.decoded).toHaveLength(4);
    expect(again.decoded).toEqual(
      expect.arrayContaining([`person/${added}`, `person/${changed}`, `visit/${visit}`]),
    );
    expect(again.index.summary('person', changed)).toEqual({ name: 'Ελπίδα Παπαδοπούλοο' });
    expect(again.index.summary('person', added)).toEqual({ name: 'Анастасия' });
    expect(again.index.summary('person', ids[0] as string)).toBeUndefined();
    expect(again.index.count('person')).toBe(NAMES.length);
  });

  test('a missing or damaged cache is ignored (never quarantined) and rebuilt', async () => {
    const { root, key } = await filled();
    const file = join(root, 'index-cache', SUMMARY_CACHE_FILE);
    const bytes = await readFile(file);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 0x01;
    await writeFile(file, bytes);

    const damaged = await vaultLike(root, key);
    expect(await damaged.index.load()).toEqual([]);
    expect(damaged.decoded).toHaveLength(NAMES.length + 1);
    await damaged.index.flushCache();
    damaged.index.clear();

    const rebuilt = await vaultLike(root, key);
    await rebuilt.index.load();
    expect(rebuilt.decoded).toHaveLength(2);

    await rm(file);
    const missing = await vaultLike(root, key);
    expect(await missing.index.load()).toEqual([]);
    expect(missing.decoded).toHaveLength(NAMES.length + 1);

    // A cache sealed with another key (another vault's) is ignored just the same.
    const foreign = await vaultLike(root, key);
    await writeFile(
      file,
      createRecordCipher(randomBytes(32)).encode(
        { kind: 'index-cache', id: '0'.repeat(32) },
        {
          format: 1,
          kind: 'index-cache',
          id: '0'.repeat(32),
          rev: 1,
          data: { layout: 1, kinds: {} },
        },
      ),
    );
    expect(await foreign.index.load()).toEqual([]);
    expect(foreign.decoded).toHaveLength(NAMES.length + 1);
  });

  test('a cache whose summaries no longer match the summarizer (an app update) is dropped for that kind', async () => {
    const { root, key } = await filled();
    const updated = {
      ...summarizers,
      person: (data: unknown) => ({
        name: (data as Person).name,
        initial: (data as Person).name.slice(0, 1),
      }),
    };
    const again = await vaultLike(root, key, { summarizers: updated });
    await again.index.load();
    // person: the sample disagrees, so all are re-read (sample + all); visit: the sample agrees.
    expect(again.decoded.filter((d) => d.startsWith('person/'))).toHaveLength(NAMES.length + 1);
    expect(again.decoded.filter((d) => d.startsWith('visit/'))).toHaveLength(1);
    expect(
      again.index
        .summaries<{ initial: string }>('person')
        .every((s) => typeof s.initial === 'string'),
    ).toBe(true);
  });

  test('files younger than RACY_MS are never trusted from the cache', async () => {
    const root = await tempDataDir();
    const key = randomBytes(32);
    const first = await vaultLike(root, key, { now: () => Date.now() });
    await first.index.load();
    await first.index.save('person', newRecordId(), { name: '王小明', note: '' }, 0);
    await first.index.flushCache();
    first.index.clear();
    const again = await vaultLike(root, key, { now: () => Date.now() });
    await again.index.load();
    expect(again.decoded).toHaveLength(1);
  });

  test('the cache file is encrypted: no name or note appears in it (UTF-8, NFD, UTF-16LE)', async () => {
    const { root } = await filled();
    const bytes = await readFile(join(root, 'index-cache', SUMMARY_CACHE_FILE));
    expect(bytes.length).toBeGreaterThan(100);
    for (const secret of [...NAMES, 'sleeps better since March']) {
      for (const needle of [
        Buffer.from(secret, 'utf8'),
        Buffer.from(secret.normalize('NFD'), 'utf8'),
        Buffer.from(secret, 'utf16le'),
      ]) {
        expect(bytes.includes(needle), secret).toBe(false);
      }
    }
    // The scan can fail: a JSON rendering of the same summaries does contain the names.
    expect(
      Buffer.from(JSON.stringify({ name: NAMES[2] }), 'utf8').includes(
        Buffer.from(NAMES[2] as string, 'utf8'),
      ),
    ).toBe(true);
  });

  test('changes are written after a quiet moment without a lock; a pending write is dropped at clear', async () => {
    const root = await tempDataDir();
    const key = randomBytes(32);
    const first = await vaultLike(root, key, { delayMs: 20 });
    const file = join(first.cacheDir, SUMMARY_CACHE_FILE);
    const written = async () => (await stat(file).catch(() => null))?.mtimeMs ?? 0;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await first.index.load();
      // Nothing is written before the quiet moment has passed…
      expect(vi.getTimerCount()).toBe(1);
      expect(await written()).toBe(0);
      // …and the timer alone writes it (no flush, no lock).
      await vi.advanceTimersByTimeAsync(20);
      await expect.poll(written).toBeGreaterThan(0);
      const built = await written();
      await first.index.save('person', newRecordId(), { name: 'דנה לוי', note: '' }, 0);
      await vi.advanceTimersByTimeAsync(20);
      await expect.poll(written).toBeGreaterThan(built);
      const before = await written();
      await first.index.save('person', newRecordId(), { name: 'محمد الأحمد', note: '' }, 0);
      expect(vi.getTimerCount()).toBe(1);
      first.index.clear();
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      await first.index.flushCache();
      expect(await written()).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('summary cache in the vault', () => {
  test('lock writes the cache before the key is dropped; it holds ids, revisions and summaries of what the index held', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const ids: string[] = [];
    for (const displayName of NAMES) ids.push((await h.call('clients.create', { displayName })).id);
    const session = await h.call('sessions.create', { clientId: ids[0] as string });
    await h.call('vault.lock');
    const dir = join(h.dataDir, 'local-cache');
    // The summary cache, beside the archive's stored search index (its own test is archive's).
    expect((await readdir(dir)).sort()).toEqual(['archive.rec', SUMMARY_CACHE_FILE].sort());
    // Make every record file an hour old (files younger than RACY_MS are never cached), then
    // unlock (every record is re-read: its stamp changed) and lock again.
    const records = join(h.dataDir, 'vault', 'records');
    const old = new Date(Date.now() - 3_600_000);
    for (const kind of await readdir(records)) {
      for (const name of await readdir(join(records, kind)))
        await utimes(join(records, kind, name), old, old);
    }
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('clients.list')).map((o) => o.client.displayName).sort()).toEqual(
      [...NAMES].sort(),
    );
    await h.call('vault.lock');

    const key = await unwrapWithPassphrase(
      (await readHeader(join(h.dataDir, 'vault')))!,
      GOOD_PASSPHRASE,
    );
    const payload = createRecordCipher(key).decode(
      { kind: 'index-cache', id: '0'.repeat(32) },
      await readFile(join(dir, SUMMARY_CACHE_FILE)),
    ).data as {
      kinds: Record<string, [string, number, number, number, number, unknown][]>;
    };
    expect((payload.kinds.client ?? []).map(([id]) => id).sort()).toEqual([...ids].sort());
    expect(
      (payload.kinds.client ?? [])
        .map(([, , , , , summary]) => (summary as { displayName: string }).displayName)
        .sort(),
    ).toEqual([...NAMES].sort());
    expect(payload.kinds.session?.map(([id, rev]) => [id, rev])).toEqual([[session.id, 1]]);

    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('clients.list')).map((o) => o.client.displayName).sort()).toEqual(
      [...NAMES].sort(),
    );
    expect((await h.call('sessions.get', { id: session.id })).rev).toBe(1);
  });

  test('a cache that cannot be written fails neither saves nor the lock', async () => {
    const writer = async (dir: string, name: string, bytes: Uint8Array) => {
      if (name === SUMMARY_CACHE_FILE) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      return writeFileAtomic(dir, name, bytes);
    };
    const h = await harness({ writer });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
    const session = await h.call('sessions.create', { clientId: client.id });
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [{ op: 'answer', itemId: 'what-helped', answer: { text: 'walks' } }],
    });
    await h.call('vault.lock');
    expect(await readdir(join(h.dataDir, 'local-cache'))).not.toContain(SUMMARY_CACHE_FILE);
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('clients.list')).map((o) => o.client.id)).toEqual([client.id]);
  });
});
