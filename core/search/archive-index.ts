/**
 * The archive index: every closing document, searchable as you type. It is updated one document
 * at a time on every save and dropped with `clear()` when the vault locks. `snapshot()` and
 * `restore()` turn it into plain data and back, so the services can keep it encrypted on disk
 * and load it at unlock instead of rebuilding it (core never touches the disk).
 */
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import { collectFilterOptions, type FilterOptions } from './filter-options';
import { fuzzyEditsFor, usesPrefix } from './query-policy';
import {
  FIELD_BOOSTS,
  INDEX_FIELDS,
  indexFieldText,
  type DocumentMeta,
  type IndexField,
  type SearchDocument,
} from './search-document';
import {
  documentMeta,
  packDocument,
  PLAIN_TEXT,
  unpackDocument,
  type PackedDocument,
  type TextCodec,
} from './packed-document';
import {
  createPackedEngine,
  restoreEngine,
  snapshotEngine,
  type EngineSnapshot,
} from './packed-engine';
import { runSearch } from './run-search';
import { createShortTermIndex } from './short-terms';
import type { ArchiveQuery, ArchiveSearchResult, IndexProgress } from './search-types';
import { indexedForms, searchTerms } from './tokenize';

/** A name change that applies to every document of one client. */
export interface ClientNames {
  clientDisplayName: string;
  preferredName: string;
  recordCode: string;
}

/** The archive index (see `createArchiveIndex`). */
export interface ArchiveIndex {
  /** Adds a document, or replaces the one with the same session id. */
  upsert(doc: SearchDocument): void;
  /** Removes a document; false when it was not indexed. */
  remove(sessionId: string): boolean;
  /** Removes every document of a client; returns how many. */
  removeClient(clientId: string): number;
  /** Re-indexes every document of a client under new names or record code; returns how many. */
  renameClient(clientId: string, names: ClientNames): number;
  has(sessionId: string): boolean;
  /** The indexed copy of a document, or undefined. */
  get(sessionId: string): SearchDocument | undefined;
  /** How many documents are indexed. */
  readonly size: number;
  /** Searches (or, for empty text, lists) the indexed documents. */
  search(query: ArchiveQuery): ArchiveSearchResult;
  /** Where indexing stands. */
  progress(): IndexProgress;
  /** The filter choices present in the indexed documents (templates, reasons, statuses, kinds, dates). */
  filterOptions(): FilterOptions;
  /** Marks a background build as started (`buildInChunks` calls it); returns its ticket. */
  beginBuild(total: number): number;
  /**
   * Adds one document from a background build, unless it was saved or removed since the build
   * started (the newer state wins); a client renamed or removed meanwhile is applied to it.
   */
  addFromBuild(ticket: number, doc: SearchDocument): boolean;
  /** Ends a background build; false when the index was cleared meanwhile (the build is void). */
  endBuild(ticket: number): boolean;
  /** Tells whether a build ticket is still current (false after `clear()`). */
  isCurrent(ticket: number): boolean;
  /** Drops every document and cancels any build (call on lock). */
  clear(): void;
  /** The index as plain data (the engine's own form and the documents), for storing. */
  snapshot(): IndexSnapshot;
  /**
   * Replaces the contents with a stored snapshot; false (and the index left empty) when the
   * snapshot is of another layout or damaged. Cancels any build. The documents' strings are kept
   * as given: a caller that loads many should give each repeated value as one shared string.
   */
  restore(snapshot: unknown): boolean;
}

/** Bumped whenever what a snapshot holds, or how text is folded and split, changes: older snapshots are rebuilt. */
export const INDEX_SNAPSHOT_LAYOUT = 4;

/** The archive index as plain data: JSON values and typed arrays. */
export interface IndexSnapshot {
  layout: number;
  /** The id of the text codec the documents' text is kept with. */
  textCodec: string;
  /** The engine, its posting lists in typed arrays. */
  engine: EngineSnapshot;
  docs: DocumentsSnapshot;
}

/** The indexed documents: their plain fields, and their text one after the other. */
export interface DocumentsSnapshot {
  meta: DocumentMeta[];
  /** Every document's text bytes (see packed-document.ts), in `meta` order. */
  text: Uint8Array;
  /** Where each document's text ends in `text`. */
  textEnds: Uint32Array;
  /** The one- and two-character name and code prefixes (see short-terms.ts) … */
  shortKeys: string[];
  /** … how many documents each has … */
  shortCounts: Uint32Array;
  /** … and those documents, by their place in `meta`, one prefix after the other. */
  shortDocs: Uint32Array;
}

/** How many unpacked documents are kept for result rows (a few pages' worth). */
const RECENTLY_SHOWN = 400;

/** Options of a new archive index. */
export interface ArchiveIndexOptions {
  /** Locale for sorting by name (default: the runtime's). */
  locale?: string;
  /** How document text is kept in memory and in snapshots (default: as UTF-8 bytes). */
  textCodec?: TextCodec;
}

function engineOptions(): Options<SearchDocument> {
  return {
    idField: 'sessionId',
    fields: [...INDEX_FIELDS],
    storeFields: [],
    extractField: (doc, field) =>
      field === 'sessionId' ? doc.sessionId : indexFieldText(doc, field as IndexField),
    tokenize: (text) => searchTerms(text),
    processTerm: (term) => indexedForms(term),
    autoVacuum: false,
    searchOptions: {
      tokenize: (text) => searchTerms(text),
      processTerm: (term) => term,
      prefix: (term) => usesPrefix(term),
      fuzzy: (term) => fuzzyEditsFor(term),
      combineWith: 'AND',
      boost: { ...FIELD_BOOSTS },
    },
  };
}

function newMiniSearch(): MiniSearch<SearchDocument> {
  return createPackedEngine<SearchDocument>(engineOptions());
}

function isSnapshot(value: unknown): value is IndexSnapshot {
  const v = value as Partial<IndexSnapshot> | null;
  const docs = v?.docs as Partial<DocumentsSnapshot> | undefined;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.layout === INDEX_SNAPSHOT_LAYOUT &&
    typeof v.textCodec === 'string' &&
    typeof docs === 'object' &&
    docs !== null &&
    Array.isArray(docs.meta) &&
    docs.text instanceof Uint8Array &&
    docs.textEnds instanceof Uint32Array &&
    docs.textEnds.length === docs.meta.length &&
    Array.isArray(docs.shortKeys) &&
    docs.shortCounts instanceof Uint32Array &&
    docs.shortCounts.length === docs.shortKeys.length &&
    docs.shortDocs instanceof Uint32Array &&
    typeof v.engine === 'object' &&
    v.engine !== null
  );
}

function isMeta(value: unknown): value is DocumentMeta {
  const d = value as Partial<DocumentMeta> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.sessionId === 'string' &&
    typeof d.clientId === 'string' &&
    typeof d.clientDisplayName === 'string' &&
    typeof d.preferredName === 'string' &&
    typeof d.recordCode === 'string' &&
    typeof d.date === 'string' &&
    typeof d.updatedAt === 'string'
  );
}

/** Creates an empty archive index (in memory; `snapshot()` is what the services keep on disk). */
export function createArchiveIndex(options: ArchiveIndexOptions = {}): ArchiveIndex {
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  const codec = options.textCodec ?? PLAIN_TEXT;
  const unpack = (packed: PackedDocument) => unpackDocument(packed, codec);
  let engine = newMiniSearch();
  const docs = new Map<string, PackedDocument>();
  const shortTerms = createShortTermIndex();
  /** A running build, and what changed since it started (so its older copies do not win). */
  let build: {
    ticket: number;
    total: number;
    added: number;
    touched: Set<string>;
    removedClients: Set<string>;
    renamedClients: Map<string, ClientNames>;
  } | null = null;
  let ticketCounter = 0;
  /** Documents lately shown in results, unpacked (each keystroke mostly shows the same ones). */
  const recentlyShown = new Map<PackedDocument, SearchDocument>();

  /** The whole document for a result row (read-only: shared with the next searches that show it). */
  function shown(packed: PackedDocument): SearchDocument {
    let doc = recentlyShown.get(packed);
    if (doc) recentlyShown.delete(packed);
    else doc = unpack(packed);
    recentlyShown.set(packed, doc);
    if (recentlyShown.size > RECENTLY_SHOWN) {
      const oldest = recentlyShown.keys().next().value as PackedDocument;
      recentlyShown.delete(oldest);
    }
    return doc;
  }

  function put(doc: SearchDocument): void {
    const packed = packDocument(doc, codec);
    drop(packed.sessionId);
    engine.add(doc); // read while adding, never kept
    shortTerms.add(packed);
    docs.set(packed.sessionId, packed);
  }

  function drop(sessionId: string): boolean {
    const old = docs.get(sessionId);
    if (!old) return false;
    engine.remove(unpack(old));
    shortTerms.remove(old);
    docs.delete(sessionId);
    return true;
  }

  function touch(sessionId: string): void {
    build?.touched.add(sessionId);
  }

  function docsOfClient(clientId: string): SearchDocument[] {
    return [...docs.values()].filter((d) => d.clientId === clientId).map(unpack);
  }

  const index: ArchiveIndex = {
    upsert(doc) {
      touch(doc.sessionId);
      put(doc);
    },
    remove(sessionId) {
      touch(sessionId);
      return drop(sessionId);
    },
    removeClient(clientId) {
      build?.removedClients.add(clientId);
      const mine = docsOfClient(clientId);
      for (const d of mine) index.remove(d.sessionId);
      return mine.length;
    },
    renameClient(clientId, names) {
      build?.renamedClients.set(clientId, { ...names });
      const mine = docsOfClient(clientId);
      for (const d of mine) index.upsert({ ...d, ...names });
      return mine.length;
    },
    has: (sessionId) => docs.has(sessionId),
    get(sessionId) {
      const doc = docs.get(sessionId);
      return doc ? unpack(doc) : undefined;
    },
    get size() {
      return docs.size;
    },
    search(query) {
      return {
        ...runSearch({ engine, docs, shortTerms, collator, full: shown }, query),
        progress: index.progress(),
      };
    },
    filterOptions: () => collectFilterOptions(docs.values()),
    progress() {
      if (build)
        return {
          state: 'building',
          indexed: build.added,
          total: Math.max(build.total, build.added),
        };
      return { state: docs.size > 0 ? 'ready' : 'empty', indexed: docs.size, total: docs.size };
    },
    beginBuild(total) {
      ticketCounter += 1;
      build = {
        ticket: ticketCounter,
        total: Math.max(0, Math.floor(total)),
        added: 0,
        touched: new Set(),
        removedClients: new Set(),
        renamedClients: new Map(),
      };
      return build.ticket;
    },
    addFromBuild(ticket, doc) {
      if (!build || build.ticket !== ticket) return false;
      build.added += 1;
      if (build.touched.has(doc.sessionId) || build.removedClients.has(doc.clientId)) return false;
      const names = build.renamedClients.get(doc.clientId);
      put(names ? { ...doc, ...names } : doc);
      return true;
    },
    endBuild(ticket) {
      if (!build || build.ticket !== ticket) return false;
      build = null;
      return true;
    },
    isCurrent: (ticket) => build?.ticket === ticket,
    clear() {
      build = null;
      recentlyShown.clear();
      docs.clear();
      shortTerms.clear();
      engine = newMiniSearch();
    },
    snapshot() {
      const all = [...docs.values()];
      const place = new Map<string, number>();
      const textEnds = new Uint32Array(all.length);
      let end = 0;
      all.forEach((d, i) => {
        place.set(d.sessionId, i);
        textEnds[i] = end += d.text.length;
      });
      const text = new Uint8Array(end);
      all.forEach((d, i) => text.set(d.text, (textEnds[i] as number) - d.text.length));
      const shortKeys: string[] = [];
      const counts: number[] = [];
      const places: number[] = [];
      for (const [prefix, ids] of shortTerms.entries()) {
        shortKeys.push(prefix);
        counts.push(ids.size);
        for (const id of ids) places.push(place.get(id) as number);
      }
      return {
        layout: INDEX_SNAPSHOT_LAYOUT,
        textCodec: codec.id,
        engine: snapshotEngine(engine),
        docs: {
          meta: all.map(documentMeta),
          text,
          textEnds,
          shortKeys,
          shortCounts: Uint32Array.from(counts),
          shortDocs: Uint32Array.from(places),
        },
      };
    },
    restore(snapshot) {
      index.clear();
      try {
        if (
          !isSnapshot(snapshot) ||
          snapshot.textCodec !== codec.id ||
          !snapshot.docs.meta.every(isMeta)
        )
          return false;
        const { meta, text, textEnds, shortKeys, shortCounts, shortDocs } = snapshot.docs;
        const loaded = restoreEngine<SearchDocument>(snapshot.engine, engineOptions());
        if (loaded.documentCount !== meta.length) return false;
        const ids: string[] = [];
        let start = 0;
        meta.forEach((m, i) => {
          const end = textEnds[i] as number;
          if (!loaded.has(m.sessionId) || end < start || end > text.length)
            throw new Error('A stored document is not in the stored engine.');
          const doc: PackedDocument = { ...documentMeta(m), text: text.subarray(start, end) };
          start = end;
          docs.set(doc.sessionId, doc);
          ids.push(doc.sessionId);
        });
        let at = 0;
        shortKeys.forEach((prefix, k) => {
          const n = shortCounts[k] as number;
          const places = shortDocs.subarray(at, at + n);
          if (typeof prefix !== 'string' || places.length !== n)
            throw new Error('The stored name prefixes are cut.');
          shortTerms.load(
            prefix,
            Array.from(places, (p) => {
              const id = ids[p];
              if (id === undefined) throw new Error('A stored name prefix names no document.');
              return id;
            }),
          );
          at += n;
        });
        if (at !== shortDocs.length) throw new Error('Stored name prefixes are left over.');
        engine = loaded;
        return true;
      } catch {
        index.clear();
        return false;
      }
    },
  };
  return index;
}
