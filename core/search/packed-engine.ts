/**
 * The MiniSearch engine with its posting lists packed (see packed-postings.ts), and its compact
 * stored form: the posting lists as typed arrays instead of MiniSearch's JSON of nested objects,
 * so that storing and loading 100,000 sessions is a copy of arrays rather than millions of
 * objects. Searching, adding and removing are MiniSearch's own: only where postings live changes.
 */
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { PackedPostings } from './packed-postings';

type PostingList = PackedPostings | Map<number, number>;
type TermData = Map<number, PostingList>;

/** The private parts of a MiniSearch instance this module reads and fills (minisearch 7). */
interface EngineInternals {
  _index: {
    set(term: string, data: TermData): unknown;
    fetch(term: string, create: () => TermData): TermData;
    [Symbol.iterator](): Iterator<[string, TermData]>;
  };
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  addTerm(fieldId: number, documentId: number, term: string): void;
  executeQuery(
    query: Query,
    options: SearchOptions,
  ): Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;
}

/** One document the engine found: its id, its score, and which stored terms matched in which fields. */
export interface EngineHit {
  id: string;
  score: number;
  match: Record<string, string[]>;
}

/**
 * What `engine.search` finds, with the same scores, but unsorted and without building its full
 * result objects: a keystroke over 100,000 sessions can match half of them, and only one page is
 * shown (the caller picks it without sorting the rest).
 */
export function searchUnsorted<T>(
  engine: MiniSearch<T>,
  query: Query,
  options: SearchOptions = {},
): EngineHit[] {
  const e = internals(engine);
  const hits: EngineHit[] = [];
  for (const [shortId, { score, terms, match }] of e.executeQuery(query, options)) {
    // As MiniSearch's own search: the score times how many query terms matched.
    hits.push({
      id: e._documentIds.get(shortId) as string,
      score: score * (terms.length || 1),
      match,
    });
  }
  return hits;
}

/** A field length the engine never recorded (a hole in its per-document array). */
const NO_LENGTH = 0xffffffff;

/** The engine as plain data: counts and names as JSON values, every posting in typed arrays. */
export interface EngineSnapshot {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** The engine's short id of each document, and the document's id at the same place. */
  shortIds: Uint32Array;
  ids: string[];
  /** Per document (in `shortIds` order), the length of each field by field id. */
  fieldLength: Uint32Array;
  terms: string[];
  /** Per posting list: the index of its term in `terms`, its field id, and how many postings. */
  lists: Uint32Array;
  /** Every posting list's document short ids, one list after the other. */
  postingIds: Uint32Array;
  postingFreqs: Uint8Array;
}

function internals<T>(engine: MiniSearch<T>): EngineInternals {
  return engine as unknown as EngineInternals;
}

function packPostingsOf<T>(engine: MiniSearch<T>): MiniSearch<T> {
  const e = internals(engine);
  e.addTerm = (fieldId, documentId, term) => {
    const data = e._index.fetch(term, () => new Map());
    let list = data.get(fieldId);
    if (!list) {
      list = new PackedPostings();
      data.set(fieldId, list);
    }
    list.set(documentId, (list.get(documentId) ?? 0) + 1);
  };
  return engine;
}

/** A new, empty engine whose posting lists are packed. */
export function createPackedEngine<T>(options: Options<T>): MiniSearch<T> {
  return packPostingsOf(new MiniSearch<T>(options));
}

function listArrays(list: PostingList): { ids: Uint32Array; freqs: Uint8Array } {
  if (list instanceof PackedPostings) return list.arrays();
  const ids = Uint32Array.from([...list.keys()].sort((a, b) => a - b));
  return { ids, freqs: Uint8Array.from(ids, (id) => list.get(id) ?? 0) };
}

/** The engine as plain data (see `EngineSnapshot`). */
export function snapshotEngine<T>(engine: MiniSearch<T>): EngineSnapshot {
  const e = internals(engine);
  const fieldCount = Object.keys(e._fieldIds).length;
  const shortIds = Uint32Array.from(e._documentIds.keys());
  const ids = [...e._documentIds.values()];
  const fieldLength = new Uint32Array(shortIds.length * fieldCount).fill(NO_LENGTH);
  shortIds.forEach((shortId, i) => {
    (e._fieldLength.get(shortId) ?? []).forEach((n, f) => {
      if (n !== undefined && f < fieldCount) fieldLength[i * fieldCount + f] = n;
    });
  });
  const terms: string[] = [];
  const lists: number[] = [];
  const parts: { ids: Uint32Array; freqs: Uint8Array }[] = [];
  let total = 0;
  for (const [term, data] of e._index) {
    const t = terms.push(term) - 1;
    for (const [fieldId, list] of data) {
      const arrays = listArrays(list);
      lists.push(t, fieldId, arrays.ids.length);
      parts.push(arrays);
      total += arrays.ids.length;
    }
  }
  const postingIds = new Uint32Array(total);
  const postingFreqs = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    postingIds.set(part.ids, at);
    postingFreqs.set(part.freqs, at);
    at += part.ids.length;
  }
  return {
    documentCount: e._documentCount,
    nextId: e._nextId,
    dirtCount: e._dirtCount,
    fieldIds: { ...e._fieldIds },
    averageFieldLength: [...e._avgFieldLength],
    shortIds,
    ids,
    fieldLength,
    terms,
    lists: Uint32Array.from(lists),
    postingIds,
    postingFreqs,
  };
}

function assert(ok: boolean, what: string): void {
  if (!ok) throw new Error(`Stored engine: ${what}.`);
}

/**
 * An engine from its snapshot (the posting lists are views of the snapshot's arrays, which must
 * not be changed afterwards). Throws when the snapshot does not hold together.
 */
export function restoreEngine<T>(snapshot: EngineSnapshot, options: Options<T>): MiniSearch<T> {
  const s = snapshot;
  const fieldCount = Object.keys(s.fieldIds).length;
  assert(s.ids.length === s.shortIds.length, 'ids and short ids differ in number');
  assert(s.fieldLength.length === s.shortIds.length * fieldCount, 'field lengths do not fit');
  assert(s.lists.length % 3 === 0, 'posting list heads are cut');
  assert(s.postingIds.length === s.postingFreqs.length, 'posting ids and counts differ');
  const engine = MiniSearch.loadJS<T>(
    {
      documentCount: s.documentCount,
      nextId: s.nextId,
      dirtCount: s.dirtCount,
      fieldIds: s.fieldIds,
      averageFieldLength: s.averageFieldLength,
      documentIds: {},
      fieldLength: {},
      storedFields: {},
      index: [],
      serializationVersion: 2,
    } as never,
    options,
  );
  const e = internals(packPostingsOf(engine));
  s.shortIds.forEach((shortId, i) => {
    const id = s.ids[i] as string;
    e._documentIds.set(shortId, id);
    e._idToShortId.set(id, shortId);
    const lengths: number[] = [];
    for (let f = 0; f < fieldCount; f += 1) {
      const n = s.fieldLength[i * fieldCount + f] as number;
      if (n !== NO_LENGTH) lengths[f] = n;
    }
    e._fieldLength.set(shortId, lengths);
  });
  let at = 0;
  let data: TermData | null = null;
  let current = -1;
  for (let h = 0; h < s.lists.length; h += 3) {
    const t = s.lists[h] as number;
    const n = s.lists[h + 2] as number;
    assert(t < s.terms.length && t >= current && at + n <= s.postingIds.length, 'bad posting list');
    if (t !== current) {
      data = new Map();
      e._index.set(s.terms[t] as string, data);
      current = t;
    }
    data?.set(
      s.lists[h + 1] as number,
      new PackedPostings(s.postingIds.subarray(at, at + n), s.postingFreqs.subarray(at, at + n)),
    );
    at += n;
  }
  assert(at === s.postingIds.length, 'postings left over');
  return engine;
}
