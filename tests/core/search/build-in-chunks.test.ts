import { describe, expect, it } from 'vitest';
import {
  buildInChunks,
  createArchiveIndex,
  type IndexProgress,
  type SearchDocument,
} from '../../../core/search';
import { makeDoc } from './search-fixtures';

function docs(n: number): SearchDocument[] {
  return Array.from({ length: n }, (_, i) =>
    makeDoc({ clientDisplayName: `Client ${i}`, notes: [`note number${i}`] }),
  );
}

describe('building the index in chunks', () => {
  it('adds every document, pausing between chunks and reporting progress', async () => {
    const index = createArchiveIndex();
    const all = docs(23);
    const progress: IndexProgress[] = [];
    let pauses = 0;
    const outcome = await buildInChunks(index, all, {
      total: all.length,
      chunkSize: 5,
      pause: async () => {
        pauses += 1;
      },
      onProgress: (p) => progress.push(p),
    });
    expect(outcome).toEqual({ completed: true, read: 23, added: 23 });
    expect(pauses).toBe(4);
    expect(progress.map((p) => `${p.state} ${p.indexed}/${p.total}`)).toEqual([
      'building 0/23',
      'building 5/23',
      'building 10/23',
      'building 15/23',
      'building 20/23',
      'ready 23/23',
    ]);
    expect(index.search({ text: 'client 17 ' }).hits.map((h) => h.clientName.text)).toEqual([
      'Client 17',
    ]);
  });

  it('answers searches while it runs, over what is indexed so far', async () => {
    const index = createArchiveIndex();
    const seen: { progress: IndexProgress; total: number }[] = [];
    await buildInChunks(index, docs(10), {
      total: 10,
      chunkSize: 4,
      pause: async () => {
        const r = index.search({ text: '' });
        seen.push({ progress: r.progress, total: r.total });
      },
    });
    expect(seen).toEqual([
      { progress: { state: 'building', indexed: 4, total: 10 }, total: 4 },
      { progress: { state: 'building', indexed: 8, total: 10 }, total: 8 },
    ]);
  });

  it('reads from an async source (records decrypted as it goes)', async () => {
    const index = createArchiveIndex();
    async function* decrypting(): AsyncGenerator<SearchDocument> {
      for (const d of docs(7)) {
        await Promise.resolve();
        yield d;
      }
    }
    const outcome = await buildInChunks(index, decrypting(), { total: 7, chunkSize: 3 });
    expect(outcome.completed).toBe(true);
    expect(index.size).toBe(7);
  });

  it('stops when the vault locks (clear) and leaves the index empty', async () => {
    const index = createArchiveIndex();
    let pauses = 0;
    const outcome = await buildInChunks(index, docs(20), {
      total: 20,
      chunkSize: 5,
      pause: async () => {
        pauses += 1;
        if (pauses === 2) index.clear();
      },
    });
    expect(outcome).toEqual({ completed: false, read: 10, added: 10 });
    expect(index.size).toBe(0);
    expect(index.progress().state).toBe('empty');
  });

  it('keeps a save or removal made during the build instead of the older copy being indexed', async () => {
    const index = createArchiveIndex();
    const all = docs(6);
    const saved = { ...all[4]!, notes: ['edited during build'] };
    const removed = all[5]!;
    await buildInChunks(index, all, {
      total: 6,
      chunkSize: 2,
      pause: async () => {
        if (index.size === 2) {
          index.upsert(saved);
          index.remove(removed.sessionId);
        }
      },
    });
    expect(index.get(saved.sessionId)?.notes).toEqual(['edited during build']);
    expect(index.has(removed.sessionId)).toBe(false);
    expect(index.size).toBe(5);
  });

  it('a second build replaces the first one, which stops', async () => {
    const index = createArchiveIndex();
    let second: Promise<unknown> | null = null;
    const first = buildInChunks(index, docs(10), {
      total: 10,
      chunkSize: 2,
      pause: async () => {
        second ??= buildInChunks(index, docs(3), { total: 3 });
      },
    });
    expect((await first).completed).toBe(false);
    await second;
    expect(index.progress()).toEqual({ state: 'ready', indexed: 5, total: 5 });
  });
});

describe('client changes during a build', () => {
  it('applies a rename or removal of a client to documents the build adds later', async () => {
    const index = createArchiveIndex();
    const renamed = makeDoc({ clientDisplayName: 'Old Name' });
    const renamedLater = makeDoc({ clientId: renamed.clientId, clientDisplayName: 'Old Name' });
    const gone = makeDoc({ clientDisplayName: 'Gone Client' });
    const goneLater = makeDoc({ clientId: gone.clientId, clientDisplayName: 'Gone Client' });
    let first = true;
    await buildInChunks(index, [renamed, gone, renamedLater, goneLater], {
      total: 4,
      chunkSize: 2,
      pause: async () => {
        if (!first) return;
        first = false;
        index.renameClient(renamed.clientId, {
          clientDisplayName: 'New Name',
          preferredName: '',
          recordCode: 'R-9',
        });
        index.removeClient(gone.clientId);
      },
    });
    expect(index.search({ text: 'old' }).total).toBe(0);
    expect(index.search({ text: 'old name' }).closeMatches).toBe(true);
    expect(index.search({ text: 'new name' }).total).toBe(2);
    expect(index.search({ text: 'gone' }).total).toBe(0);
    expect(index.size).toBe(2);
  });
});
