/** Running one archive search over the engine and the stored documents. */
import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { MatchMap } from './explain-match';
import { compareByDate, matchesFilters, hasFilters, type ArchiveSort } from './filters';
import { explainedHit, listedHit } from './hit';
import { NAME_FIELDS, planQuery, type QueryPlan } from './query-plan';
import type { SearchDocument } from './search-document';
import type { ArchiveHit, ArchiveQuery } from './search-types';
import { topK } from './top-k';

/** How many results a page has unless asked otherwise. */
export const DEFAULT_LIMIT = 30;
/** The largest page of results. */
export const MAX_LIMIT = 200;
/** How much a name or code starting with a half-typed last word lifts a result. */
const OPTIONAL_BOOST = 1.5;

interface Ranked {
  doc: SearchDocument;
  score: number;
  match: MatchMap;
}

function engineQuery(plan: QueryPlan): Query {
  return {
    combineWith: 'AND',
    queries: plan.required.map((p) => ({
      queries: [p.term],
      fields: [...p.fields],
      ...(p.short ? { fuzzy: false, prefix: true } : {}),
    })),
  };
}

function comparator(sort: ArchiveSort, collator: Intl.Collator): (a: Ranked, b: Ranked) => number {
  if (sort === 'date') return (a, b) => compareByDate(a.doc, b.doc);
  if (sort === 'name') return (a, b) => collator.compare(a.doc.clientDisplayName, b.doc.clientDisplayName) || compareByDate(a.doc, b.doc);
  return (a, b) => b.score - a.score || compareByDate(a.doc, b.doc);
}

function compareRanked(sort: ArchiveSort, collator: Intl.Collator, docs: ReadonlyMap<string, SearchDocument>, a: SearchResult, b: SearchResult): number {
  const da = docs.get(a.id as string) as SearchDocument;
  const db = docs.get(b.id as string) as SearchDocument;
  if (sort === 'name') return collator.compare(da.clientDisplayName, db.clientDisplayName) || compareByDate(da, db);
  return compareByDate(da, db);
}

function page(ranked: Ranked[], sort: ArchiveSort, offset: number, limit: number, collator: Intl.Collator, presorted: boolean): Ranked[] {
  if (presorted) return ranked.slice(offset, offset + limit);
  return topK(ranked, offset + limit, comparator(sort, collator)).slice(offset);
}

/** Searches (or, for a query with no words, lists) the documents; returns the total and one page of hits. */
export function runSearch(
  engine: MiniSearch<SearchDocument>,
  docs: ReadonlyMap<string, SearchDocument>,
  query: ArchiveQuery,
  collator: Intl.Collator,
): { total: number; hits: ArchiveHit[]; terms: string[] } {
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(query.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const filters = query.filters ?? {};
  const filtered = hasFilters(filters);
  const includePrivate = query.includePrivate ?? true;
  const plan = planQuery(query.text, includePrivate);

  if (plan.required.length === 0) {
    const ranked: Ranked[] = [];
    for (const doc of docs.values()) if (!filtered || matchesFilters(doc, filters)) ranked.push({ doc, score: 0, match: {} });
    const sort = query.sort === 'name' ? 'name' : 'date';
    const hits = page(ranked, sort, offset, limit, collator, false).map((r) => listedHit(r.doc));
    return { total: ranked.length, hits, terms: plan.terms };
  }

  let lifted: Map<string, MatchMap> | null = null;
  if (plan.optional) {
    lifted = new Map();
    for (const r of engine.search(plan.optional, { fields: [...NAME_FIELDS], fuzzy: false, prefix: true })) lifted.set(r.id as string, r.match);
  }
  const liftedIds = lifted;
  const found: SearchResult[] = engine.search(engineQuery(plan), {
    ...(filtered ? { filter: (r: SearchResult) => { const d = docs.get(r.id as string); return d !== undefined && matchesFilters(d, filters); } } : {}),
    ...(liftedIds ? { boostDocument: (id: unknown) => (liftedIds.has(id as string) ? OPTIONAL_BOOST : 1) } : {}),
  });
  const sort = query.sort ?? 'relevance';
  const toRanked = (r: SearchResult): Ranked => {
    const extra = liftedIds?.get(r.id as string);
    return { doc: docs.get(r.id as string) as SearchDocument, score: r.score, match: extra ? { ...r.match, ...extra } : r.match };
  };
  // The engine returns results best first; other orders pick one page without sorting all.
  const pageResults =
    sort === 'relevance'
      ? found.slice(offset, offset + limit)
      : topK(found, offset + limit, (a, b) => compareRanked(sort, collator, docs, a, b)).slice(offset);
  const required = plan.required.map((p) => p.term);
  const hits = pageResults.map(toRanked).map((r) => explainedHit(r.doc, r.score, required, r.match, includePrivate));
  return { total: found.length, hits, terms: plan.terms };
}
