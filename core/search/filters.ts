/**
 * Narrowing and ordering archive results: filters by date range, status, kind, template and
 * reason for ending, and the three sort orders.
 */
import type { DocumentMeta, SearchDocumentKind, SearchDocumentStatus } from './search-document';

/** What a search may be narrowed to. Every given filter must hold; an empty list means "any". */
export interface ArchiveFilters {
  /** First day included, YYYY-MM-DD (compared with the document's date). */
  dateFrom?: string;
  /** Last day included, YYYY-MM-DD. */
  dateTo?: string;
  status?: readonly SearchDocumentStatus[];
  kind?: readonly SearchDocumentKind[];
  templateId?: readonly string[];
  /** Reason-for-ending codes; `null` in the list matches documents with no reason recorded. */
  reasonCode?: readonly (string | null)[];
  clientId?: readonly string[];
}

/** How results are ordered: best match first, newest first, or by client name A–Z. */
export type ArchiveSort = 'relevance' | 'date' | 'name';

/** The day part (YYYY-MM-DD) of an ISO date or date-time. */
export function dayOf(isoDate: string): string {
  return isoDate.slice(0, 10);
}

function allows<T>(list: readonly T[] | undefined, value: T): boolean {
  return !list || list.length === 0 || list.includes(value);
}

/** Tells whether a document passes every given filter. */
export function matchesFilters(doc: DocumentMeta, filters: ArchiveFilters): boolean {
  const day = dayOf(doc.date);
  if (filters.dateFrom && day < dayOf(filters.dateFrom)) return false;
  if (filters.dateTo && day > dayOf(filters.dateTo)) return false;
  return (
    allows(filters.status, doc.status) &&
    allows(filters.kind, doc.kind) &&
    allows(filters.templateId, doc.templateId) &&
    allows(filters.reasonCode, doc.reasonCode) &&
    allows(filters.clientId, doc.clientId)
  );
}

/** Tells whether any filter is set (an empty query with no filters lists everything). */
export function hasFilters(filters: ArchiveFilters): boolean {
  return Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

/** Newest first: by date, then last change, then id (a stable, total order). */
export function compareByDate(a: DocumentMeta, b: DocumentMeta): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0;
}
