/** What the archive screen asks for: the typed text, the filters and the order (kept across screens). */
import type { ApiInput } from '../../../../core/contract';
import type { ArchiveSort } from '../../../../core/search';

/** The filters as the archive search takes them. */
export type QueryFilters = NonNullable<ApiInput<'archive.search'>['filters']>;

/** The archive's query; `sort: 'auto'` means best match while typing, newest first otherwise. */
export interface ArchiveQueryState {
  text: string;
  filters: QueryFilters;
  sort: ArchiveSort | 'auto';
}

/** The archive's starting query: everything, newest first. */
export const EMPTY_QUERY: ArchiveQueryState = { text: '', filters: {}, sort: 'auto' };

/** How many filters are set (a date range counts once per end). */
export function countFilters(filters: QueryFilters): number {
  return Object.values(filters).filter((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)))
    .length;
}

/** The sort sent to the service for a query. */
export function effectiveSort(query: ArchiveQueryState): ArchiveSort {
  if (query.sort !== 'auto') return query.sort;
  return query.text.trim() ? 'relevance' : 'date';
}
