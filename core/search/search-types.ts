/** The shapes of an archive search: what is asked, and what comes back (plain, serialisable data). */
import type { ArchiveFilters, ArchiveSort } from './filters';
import type { HighlightedText } from './highlight';
import type { IndexField, SearchDocumentKind, SearchDocumentStatus } from './search-document';
import type { Snippet } from './snippet';

/** One archive search. */
export interface ArchiveQuery {
  /** What was typed; an empty query lists every document that passes the filters. */
  text: string;
  filters?: ArchiveFilters;
  /** Default: relevance for a query, date (newest first) for an empty one. */
  sort?: ArchiveSort;
  /** How many results to return (default 30, at most 200). */
  limit?: number;
  /** How many results to skip, for paging (default 0). */
  offset?: number;
  /** Whether the private reflection is searched (default true: the archive is the clinician's). */
  includePrivate?: boolean;
}

/** One document found. Plain text and offsets only — never markup. */
export interface ArchiveHit {
  sessionId: string;
  clientId: string;
  kind: SearchDocumentKind;
  status: SearchDocumentStatus;
  date: string;
  templateId: string;
  templateName: string;
  reasonCode: string | null;
  clientName: HighlightedText;
  /** The preferred name when it differs from the display name, else null. */
  preferredName: HighlightedText | null;
  recordCode: HighlightedText;
  /** Relevance (0 when listing without a query). */
  score: number;
  /** Which indexed fields matched (empty when listing without a query). */
  matchedIn: IndexField[];
  /**
   * True when the document is found only because of the clinician's private reflection:
   * some typed word matched nowhere else. The UI marks such results as private.
   */
  privateOnly: boolean;
  snippet: Snippet | null;
}

/** Where indexing stands: the list is usable meanwhile ("Indexing 4,312 of 10,000"). */
export interface IndexProgress {
  state: 'empty' | 'building' | 'ready';
  indexed: number;
  /** The expected total while building; the document count otherwise. */
  total: number;
}

/** The answer to an archive search. */
export interface ArchiveSearchResult {
  /** All documents matching (before paging). */
  total: number;
  hits: ArchiveHit[];
  /** The folded terms the query was looked up by (for "no results for …" messages). */
  terms: string[];
  /**
   * True when no document matched every word and the hits are the best partial matches
   * instead (the UI says "No exact match; showing close ones").
   */
  closeMatches: boolean;
  progress: IndexProgress;
}
