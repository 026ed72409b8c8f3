import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createArchiveIndex, type ArchiveIndex, type SearchDocument } from '../../../core/search';
import { makeDoc } from './search-fixtures';

const QUERIES = [
  'zoe',
  'orsted',
  'panic',
  'sleep',
  'harbourlight',
  '王',
  'דנה',
  'relapse',
  'kowalsky',
  'ana',
];
const NAMES = ['Zoë Ørsted', 'Ana Kowalski', '王小明', 'דנה לוי', 'Sam Example'];
const NOTES = [
  'panic in shops',
  'sleep better',
  'Harbourlight group helped',
  'relapse plan agreed',
  '',
];

/** What every query finds, as sorted ids with rounded scores: the index's observable state. */
function snapshot(index: ArchiveIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const q of QUERIES) {
    out[q] = index
      .search({ text: q, limit: 200 })
      .hits.map((h) => `${h.sessionId}:${h.score.toFixed(6)}`)
      .sort();
  }
  return out;
}

type Op =
  { type: 'upsert'; slot: number; name: number; note: number } | { type: 'remove'; slot: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('upsert' as const),
    slot: fc.nat(7),
    name: fc.nat(NAMES.length - 1),
    note: fc.nat(NOTES.length - 1),
  }),
  fc.record({ type: fc.constant('remove' as const), slot: fc.nat(7) }),
);

describe('incremental updates keep the index consistent', () => {
  it('after any sequence of saves and removals, searches match an index built fresh from the final documents', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `${i}`.padStart(32, 'b'));
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const live = createArchiveIndex();
        const final = new Map<string, SearchDocument>();
        for (const op of ops) {
          const id = ids[op.slot] as string;
          if (op.type === 'remove') {
            expect(live.remove(id)).toBe(final.has(id));
            final.delete(id);
          } else {
            const doc = makeDoc({
              sessionId: id,
              clientDisplayName: NAMES[op.name],
              notes: [NOTES[op.note] as string],
            });
            live.upsert(doc);
            final.set(id, doc);
          }
        }
        const fresh = createArchiveIndex();
        for (const doc of final.values()) fresh.upsert(doc);
        expect(live.size).toBe(final.size);
        expect(snapshot(live)).toEqual(snapshot(fresh));
      }),
      { numRuns: 120 },
    );
  });

  it('a replaced document is found by its new words only', () => {
    const index = createArchiveIndex();
    const doc = makeDoc({ clientDisplayName: 'Zoë Ørsted', notes: ['panic in shops'] });
    index.upsert(doc);
    index.upsert({ ...doc, clientDisplayName: 'Zoë Lindqvist', notes: ['sleep better'] });
    expect(index.size).toBe(1);
    expect(index.search({ text: 'orsted' }).total).toBe(0);
    expect(index.search({ text: 'panic' }).total).toBe(0);
    expect(index.search({ text: 'lindqvist sleep' }).total).toBe(1);
  });

  it('keeps its own copy: changing the saved object afterwards changes nothing', () => {
    const index = createArchiveIndex();
    const doc = makeDoc({ notes: ['panic in shops'] });
    index.upsert(doc);
    doc.notes.push('sleep better');
    doc.clientDisplayName = 'Changed Name';
    expect(index.search({ text: 'sleep' }).total).toBe(0);
    expect(index.get(doc.sessionId)?.clientDisplayName).toBe('Sam Example');
    index.remove(doc.sessionId);
    expect(index.search({ text: 'panic' }).total).toBe(0);
  });

  it('renames every document of a client, and removes a client with all their documents', () => {
    const index = createArchiveIndex();
    const a = makeDoc({ clientDisplayName: 'Ana Kowalski', recordCode: 'CS-1' });
    const b = makeDoc({
      clientId: a.clientId,
      clientDisplayName: 'Ana Kowalski',
      recordCode: 'CS-1',
    });
    const other = makeDoc({ clientDisplayName: 'Ana Other' });
    for (const d of [a, b, other]) index.upsert(d);
    expect(
      index.renameClient(a.clientId, {
        clientDisplayName: 'Ana Nowak',
        preferredName: 'Annie',
        recordCode: 'CS-2',
      }),
    ).toBe(2);
    expect(index.search({ text: 'kowalski' }).total).toBe(0);
    expect(index.search({ text: 'nowak' }).total).toBe(2);
    expect(index.search({ text: 'annie' }).total).toBe(2);
    expect(index.search({ text: 'cs2' }).total).toBe(2);
    expect(index.removeClient(a.clientId)).toBe(2);
    expect(index.search({ text: 'ana' }).hits.map((h) => h.clientName.text)).toEqual(['Ana Other']);
  });

  it('clear() drops everything (on lock)', () => {
    const index = createArchiveIndex();
    index.upsert(makeDoc({ notes: ['panic'] }));
    index.clear();
    expect(index.size).toBe(0);
    expect(index.search({ text: 'panic' }).total).toBe(0);
    expect(index.search({ text: '' }).total).toBe(0);
    expect(index.progress()).toEqual({ state: 'empty', indexed: 0, total: 0 });
  });
});
