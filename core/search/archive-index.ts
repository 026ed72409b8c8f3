/**
 * The archive index: every closing document, searchable as you type. It is updated one document
 * at a time on every save and dropped with `clear()` when the vault locks. `snapshot()` and
 * `restore()` turn it into plain data and back, so the services can keep it encrypted on disk
 * and load it at unlock instead of rebuilding it (core never touches the disk).
 */
import MiniSearch, { type Options } from 'minisearch';
import { collectFilterOptions, type FilterOptions } from './filter-options';
import { fuzzyEditsFor, usesPrefix } from './query-policy';
import {
  FIELD_BOOSTS,
  INDEX_FIELDS,
  indexFieldText,
  type IndexField,
  type SearchDocument,
} from './search-document';
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
   * snapshot is of another layout or damaged. Cancels any build.
   */
  restore(snapshot: unknown): boolean;
}

/** Bumped whenever what a snapshot holds, or how text is folded and split, changes: older snapshots are rebuilt. */
export const INDEX_SNAPSHOT_LAYOUT = 1;

/** The archive index as plain, serialisable data. */
export interface IndexSnapshot {
  layout: number;
  /** MiniSearch's own serialised form. */
  engine: unknown;
  docs: SearchDocument[];
}

/** Options of a new archive index. */
export interface ArchiveIndexOptions {
  /** Locale for sorting by name (default: the runtime's). */
  locale?: string;
}

function copyDocument(doc: SearchDocument): SearchDocument {
  return {
    ...doc,
    goals: [...doc.goals],
    achievements: [...doc.achievements],
    plan: [...doc.plan],
    referrals: doc.referrals.map((r) => ({ name: r.name, kind: r.kind })),
    notes: [...doc.notes],
    clinicianNotes: [...doc.clinicianNotes],
    privateReflection: [...doc.privateReflection],
  };
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
  return new MiniSearch<SearchDocument>(engineOptions());
}

function isSnapshot(value: unknown): value is IndexSnapshot {
  const v = value as Partial<IndexSnapshot> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.layout === INDEX_SNAPSHOT_LAYOUT &&
    Array.isArray(v.docs) &&
    typeof v.engine === 'object' &&
    v.engine !== null
  );
}

function isDocument(value: unknown): value is SearchDocument {
  const d = value as Partial<SearchDocument> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.sessionId === 'string' &&
    typeof d.clientId === 'string' &&
    typeof d.clientDisplayName === 'string' &&
    Array.isArray(d.goals) &&
    Array.isArray(d.notes) &&
    Array.isArray(d.clinicianNotes) &&
    Array.isArray(d.privateReflection) &&
    Array.isArray(d.referrals)
  );
}

/** Creates an empty archive index (in memory only; never persisted). */
export function createArchiveIndex(options: ArchiveIndexOptions = {}): ArchiveIndex {
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  let engine = newMiniSearch();
  const docs = new Map<string, SearchDocument>();
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

  function put(doc: SearchDocument): void {
    const copy = copyDocument(doc);
    const old = docs.get(copy.sessionId);
    if (old) {
      engine.remove(old);
      shortTerms.remove(old);
      docs.delete(copy.sessionId);
    }
    engine.add(copy);
    shortTerms.add(copy);
    docs.set(copy.sessionId, copy);
  }

  function drop(sessionId: string): boolean {
    const old = docs.get(sessionId);
    if (!old) return false;
    engine.remove(old);
    shortTerms.remove(old);
    docs.delete(sessionId);
    return true;
  }

  function touch(sessionId: string): void {
    build?.touched.add(sessionId);
  }

  function docsOfClient(clientId: string): SearchDocument[] {
    return [...docs.values()].filter((d) => d.clientId === clientId);
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
      return doc ? copyDocument(doc) : undefined;
    },
    get size() {
      return docs.size;
    },
    search(query) {
      return {
        ...runSearch({ engine, docs, shortTerms, collator }, query),
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
      docs.clear();
      shortTerms.clear();
      engine = newMiniSearch();
    },
    snapshot: () => ({
      layout: INDEX_SNAPSHOT_LAYOUT,
      engine: engine.toJSON(),
      docs: [...docs.values()],
    }),
    restore(snapshot) {
      index.clear();
      try {
        if (!isSnapshot(snapshot) || !snapshot.docs.every(isDocument)) return false;
        const loaded = MiniSearch.loadJS<SearchDocument>(snapshot.engine as never, engineOptions());
        if (loaded.documentCount !== snapshot.docs.length) return false;
        for (const doc of snapshot.docs) {
          if (!loaded.has(doc.sessionId))
            throw new Error('A stored document is not in the stored engine.');
          docs.set(doc.sessionId, doc);
          shortTerms.add(doc);
        }
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
