import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch, { type Options } from 'minisearch';
import { createArchiveIndex, type ArchiveSearchResult } from '../../../core/search';
import { PackedPostings } from '../../../core/search/packed-postings';
import {
  createPackedEngine,
  restoreEngine,
  snapshotEngine,
} from '../../../core/search/packed-engine';
import {
  generateSyntheticArchive,
  syntheticSearchDocuments,
  TYPO_QUERIES,
} from '../../../core/search/synthetic';
import { syntheticOptions } from './search-fixtures';

describe('packed posting lists', () => {
  type Op = { op: 'set'; id: number; n: number } | { op: 'delete'; id: number };
  const ops = fc.array(
    fc.oneof(
      fc.record({
        op: fc.constant('set' as const),
        id: fc.nat(40),
        n: fc.integer({ min: 1, max: 9 }),
      }),
      fc.record({ op: fc.constant('delete' as const), id: fc.nat(40) }),
    ),
    { maxLength: 120 },
  );

  it('answer like a Map with its keys in ascending order, whatever the sets and deletes', () => {
    fc.assert(
      fc.property(ops, (sequence: Op[]) => {
        const packed = new PackedPostings();
        const map = new Map<number, number>();
        for (const step of sequence) {
          if (step.op === 'set') {
            packed.set(step.id, step.n);
            map.set(step.id, step.n);
          } else expect(packed.delete(step.id)).toBe(map.delete(step.id));
          expect(packed.size).toBe(map.size);
        }
        const sorted = [...map].sort((a, b) => a[0] - b[0]);
        expect([...packed]).toEqual(sorted);
        for (let id = 0; id <= 41; id += 1) {
          expect(packed.get(id)).toBe(map.get(id));
          expect(packed.has(id)).toBe(map.has(id));
        }
      }),
    );
  });

  it('keep a count above 255 at 255 (one byte per posting), every other count as given', () => {
    const packed = new PackedPostings();
    packed.set(1, 255);
    packed.set(2, 256);
    packed.set(3, 10_000);
    expect([...packed]).toEqual([
      [1, 255],
      [2, 255],
      [3, 255],
    ]);
  });

  it('keep iterating correctly when an entry is deleted during the iteration (as the engine may)', () => {
    const packed = new PackedPostings();
    for (const id of [1, 3, 5, 7, 9]) packed.set(id, id);
    const seen: number[] = [];
    for (const id of packed.keys()) {
      seen.push(id);
      if (id === 3) packed.delete(3);
      if (id === 5) packed.delete(1);
    }
    expect(seen).toEqual([1, 3, 5, 7, 9]);
    expect([...packed.keys()]).toEqual([5, 7, 9]);
  });
});

interface Doc {
  id: string;
  name: string;
  text: string;
}

const OPTIONS: Options<Doc> = {
  fields: ['name', 'text'],
  searchOptions: { prefix: true, fuzzy: 1, boost: { name: 3 } },
};

const WORDS = ['ana', 'anna', 'kowalski', 'orsted', 'sleep', 'sleeping', 'panic', 'harbour', 'the'];

describe('the packed engine', () => {
  const docArb = fc.record({
    name: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    text: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }),
  });

  it('finds and scores exactly as MiniSearch does, after adds, removes and re-adds', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 25 }), fc.nat(25), (docs, cut) => {
        const plain = new MiniSearch<Doc>(OPTIONS);
        const packed = createPackedEngine<Doc>(OPTIONS);
        const all = docs.map((d, i) => ({
          id: `d${i}`,
          name: d.name.join(' '),
          text: d.text.join(' '),
        }));
        const removed = all.slice(0, cut % all.length);
        for (const engine of [plain, packed]) {
          engine.addAll(all);
          for (const d of removed) engine.remove(d);
          for (const d of removed.slice(0, 3)) engine.add(d);
        }
        // Loading rebuilds the term tree in stored order, as MiniSearch's own loading does.
        const restored = restoreEngine<Doc>(snapshotEngine(packed), OPTIONS);
        const reloaded = MiniSearch.loadJSON<Doc>(JSON.stringify(plain), OPTIONS);
        for (const q of [...WORDS, 'anaa', 'sle', 'kowalsky', 'the panic', 'orstde']) {
          expect(packed.search(q)).toEqual(plain.search(q));
          expect(restored.search(q)).toEqual(reloaded.search(q));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a snapshot that does not hold together', () => {
    const engine = createPackedEngine<Doc>(OPTIONS);
    engine.add({ id: 'a', name: 'ana', text: 'sleep' });
    const good = snapshotEngine(engine);
    expect(() =>
      restoreEngine({ ...good, postingIds: good.postingIds.subarray(1) }, OPTIONS),
    ).toThrow();
    expect(() => restoreEngine({ ...good, ids: [] }, OPTIONS)).toThrow();
    expect(() => restoreEngine({ ...good, lists: Uint32Array.of(99, 0, 1) }, OPTIONS)).toThrow();
  });
});

/**
 * A result with scores to 9 significant digits: loading rebuilds the term tree in stored order
 * (as MiniSearch's own loading does), so a prefix's terms can be summed in another order.
 */
function rounded(result: ArchiveSearchResult): ArchiveSearchResult {
  return {
    ...result,
    hits: result.hits.map((h) => ({ ...h, score: Number(h.score.toPrecision(9)) })),
  };
}

describe('the archive index snapshot', () => {
  it('restores to an index that answers every keystroke of the typo set exactly as the one it was taken from', () => {
    const docs = [
      ...syntheticSearchDocuments(
        generateSyntheticArchive({ seed: 'snapshot', sessions: 400 }),
        syntheticOptions(),
      ),
    ];
    const index = createArchiveIndex({ locale: 'en' });
    for (const d of docs) index.upsert(d);
    // Saves and removals after the build, as in daily use.
    index.upsert({ ...docs[3]!, notes: ['Zoë Ørsted moved to Tromsø'] });
    index.remove(docs[5]!.sessionId);
    const copy = createArchiveIndex({ locale: 'en' });
    expect(copy.restore(index.snapshot())).toBe(true);
    expect(copy.size).toBe(index.size);
    // Every keystroke of the typo set: one- and two-letter words come from the stored name prefixes.
    for (const { query } of TYPO_QUERIES) {
      const chars = Array.from(query);
      for (let i = 1; i <= chars.length; i += 1) {
        const text = chars.slice(0, i).join('');
        expect(rounded(copy.search({ text })), text).toEqual(rounded(index.search({ text })));
      }
    }
    expect(copy.search({ text: '', limit: 200 })).toEqual(index.search({ text: '', limit: 200 }));
    expect(copy.get(docs[3]!.sessionId)).toEqual(index.get(docs[3]!.sessionId));
    expect(copy.filterOptions()).toEqual(index.filterOptions());
  });

  it('refuses a snapshot of another layout or with damaged text, and is left empty', () => {
    const index = createArchiveIndex();
    index.upsert(
      syntheticSearchDocuments(
        generateSyntheticArchive({ seed: 'x', sessions: 1 }),
        syntheticOptions(),
      ).next().value!,
    );
    const good = index.snapshot();
    const copy = createArchiveIndex();
    expect(copy.restore({ ...good, layout: 1 })).toBe(false);
    expect(copy.restore({ ...good, docs: { ...good.docs, textEnds: Uint32Array.of(1e9) } })).toBe(
      false,
    );
    expect(copy.size).toBe(0);
    expect(copy.restore(good)).toBe(true);
    expect(copy.size).toBe(1);
  });
});
