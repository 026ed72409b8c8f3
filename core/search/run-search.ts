/** Running one archive search over the engine and the stored documents. */
import type MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { MatchMap } from './explain-match';
import {
  compareByDate,
  matchesFilters,
  hasFilters,
  type ArchiveFilters,
  type ArchiveSort,
} from './filters';
import { explainedHit, listedHit } from './hit';
import { planQuery, type PlannedTerm } from './query-plan';
import { fuzzyEditsFor, swapVariantsFor } from './query-policy';
import type { PackedDocument } from './packed-document';
import { searchUnsorted, type EngineHit } from './packed-engine';
import type { SearchDocument } from './search-document';
import type { ArchiveHit, ArchiveQuery } from './search-types';
import { shortTermMatches, type ShortTermIndex } from './short-terms';
import { isCjkTerm } from './tokenize';
import { topK } from './top-k';

/** How many results a page has unless asked otherwise. */
export const DEFAULT_LIMIT = 30;
/** The largest page of results. */
export const MAX_LIMIT = 200;
/** How much a name or code starting with a half-typed last word lifts a result. */
const OPTIONAL_BOOST = 1.5;
/** How much a one-swap spelling counts against the word as typed (like a typo match). */
const SWAP_WEIGHT = 0.45;

/** What a search runs over. */
export interface SearchSources {
  engine: MiniSearch<SearchDocument>;
  docs: ReadonlyMap<string, PackedDocument>;
  shortTerms: ShortTermIndex;
  collator: Intl.Collator;
  /** The whole document (with its text) for a result that is shown. */
  full: (doc: PackedDocument) => SearchDocument;
}

interface Ranked {
  doc: PackedDocument;
  score: number;
  match: MatchMap;
}

/** One word's lookup: as typed (prefix, typo tolerance) or also by its one-swap spellings. */
function termQuery(p: PlannedTerm): Query {
  const edits = fuzzyEditsFor(p.term);
  const asTyped: Query = {
    queries: [p.term],
    fields: [...p.fields],
    fuzzy: edits,
    prefix: !isCjkTerm(p.term),
  };
  const swaps = swapVariantsFor(p.term);
  if (swaps.length === 0) return asTyped;
  const swapped: Query = {
    queries: swaps,
    fields: [...p.fields],
    fuzzy: Math.max(0, edits - 1),
    prefix: true,
    boostTerm: () => SWAP_WEIGHT,
  };
  return { combineWith: 'OR', queries: [asTyped, swapped] };
}

function comparator(sort: ArchiveSort, collator: Intl.Collator): (a: Ranked, b: Ranked) => number {
  if (sort === 'date') return (a, b) => compareByDate(a.doc, b.doc);
  if (sort === 'name')
    return (a, b) =>
      collator.compare(a.doc.clientDisplayName, b.doc.clientDisplayName) ||
      compareByDate(a.doc, b.doc);
  return (a, b) => b.score - a.score || compareByDate(a.doc, b.doc);
}

function page(
  ranked: Ranked[],
  sort: ArchiveSort,
  offset: number,
  limit: number,
  collator: Intl.Collator,
): Ranked[] {
  return topK(ranked, offset + limit, comparator(sort, collator)).slice(offset);
}

/** The documents whose name or code has a word starting with every short term (null: no short terms). */
function shortTermIds(
  shortTerms: ShortTermIndex,
  terms: readonly PlannedTerm[],
): ReadonlySet<string> | null {
  if (terms.length === 0) return null;
  const sets = terms.map((p) => shortTerms.ids(p.term)).sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets;
  if (!smallest) return null;
  if (rest.length === 0) return smallest;
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

function withShortMatches(
  doc: PackedDocument,
  match: MatchMap,
  terms: readonly string[],
): MatchMap {
  if (terms.length === 0) return match;
  const merged: Record<string, readonly string[]> = { ...match };
  for (const term of terms)
    for (const [stored, fields] of Object.entries(shortTermMatches(doc, term)))
      merged[stored] = fields;
  return merged;
}

/** The answer of `runSearch`. */
export interface RunSearchResult {
  total: number;
  hits: ArchiveHit[];
  terms: string[];
  /** True when nothing matched every word and the hits are the best partial matches instead. */
  closeMatches: boolean;
}

function engineSearch(
  sources: SearchSources,
  required: PlannedTerm[],
  combineWith: 'AND' | 'OR',
  keep: ((id: string) => boolean) | null,
  lifted: ReadonlySet<string> | null,
): EngineHit[] {
  const query: Query = { combineWith, queries: required.map(termQuery) };
  const found = searchUnsorted(
    sources.engine,
    query,
    lifted
      ? { boostDocument: (id: unknown) => (lifted.has(id as string) ? OPTIONAL_BOOST : 1) }
      : {},
  );
  return keep ? found.filter((hit) => keep(hit.id)) : found;
}

/** Searches (or, for a query with no words, lists) the documents; returns the total and one page of hits. */
export function runSearch(sources: SearchSources, query: ArchiveQuery): RunSearchResult {
  const { docs, collator } = sources;
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(query.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const filters: ArchiveFilters = query.filters ?? {};
  const filtered = hasFilters(filters);
  const passes = (doc: PackedDocument | undefined): doc is PackedDocument =>
    doc !== undefined && (!filtered || matchesFilters(doc, filters));
  const includePrivate = query.includePrivate ?? true;
  const plan = planQuery(query.text, includePrivate);

  if (plan.required.length === 0) {
    const ranked: Ranked[] = [];
    for (const doc of docs.values()) if (passes(doc)) ranked.push({ doc, score: 0, match: {} });
    const sort = query.sort === 'name' ? 'name' : 'date';
    const hits = page(ranked, sort, offset, limit, collator).map((r) =>
      listedHit(sources.full(r.doc)),
    );
    return { total: ranked.length, hits, terms: plan.terms, closeMatches: false };
  }

  const long = plan.required.filter((p) => !p.short);
  const short = plan.required.filter((p) => p.short);
  const shortTerms = short.map((p) => p.term);
  const onlyIds = shortTermIds(sources.shortTerms, short);
  const sort = query.sort ?? 'relevance';
  let ranked: Ranked[];
  let closeMatches = false;

  if (long.length === 0) {
    // Only short words: names and codes starting with them, newest first among equals.
    ranked = [];
    for (const id of onlyIds ?? []) {
      const doc = docs.get(id);
      if (passes(doc)) ranked.push({ doc, score: short.length, match: {} });
    }
  } else {
    const lifted = plan.optional ? sources.shortTerms.ids(plan.optional) : null;
    const passesFilters = filtered ? (id: string) => passes(docs.get(id)) : null;
    const keep = onlyIds
      ? (id: string) => onlyIds.has(id) && (passesFilters === null || passesFilters(id))
      : passesFilters;
    let found = engineSearch(sources, long, 'AND', keep, lifted);
    if (found.length === 0) {
      // Nothing matches every word: show the documents matching the most of them (best first), and say so.
      if (plan.required.length > 1)
        found = engineSearch(sources, long, 'OR', passesFilters, lifted);
      closeMatches = found.length > 0;
    }
    // Unsorted: the page is picked from all of them (best first, ties by date) without a full sort.
    ranked = found.map((r) => ({
      doc: docs.get(r.id) as PackedDocument,
      score: r.score,
      match: r.match,
    }));
  }

  const pageRanked = page(ranked, sort, offset, limit, collator);
  return { total: ranked.length, hits: explain(pageRanked), terms: plan.terms, closeMatches };

  function explain(pageRanked: Ranked[]): ArchiveHit[] {
    const highlightShort = plan.optional ? [...shortTerms, plan.optional] : shortTerms;
    const required = plan.required.map((p) => p.term);
    return pageRanked.map((r) => {
      const liftedHere =
        plan.optional && sources.shortTerms.ids(plan.optional).has(r.doc.sessionId);
      const terms = liftedHere ? highlightShort : shortTerms;
      return explainedHit(
        sources.full(r.doc),
        r.score,
        required,
        withShortMatches(r.doc, r.match, terms),
        includePrivate,
      );
    });
  }
}
