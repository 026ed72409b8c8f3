/** The choices the archive's filter controls offer: what actually occurs in the indexed documents. */
import { dayOf } from './filters';
import type { DocumentMeta, SearchDocumentKind, SearchDocumentStatus } from './search-document';

/** One choice with how many documents have it. */
export interface FilterChoice<T extends string | null> {
  value: T;
  /**
   * What to show: the template's name. For reasons, statuses and kinds it is the code itself
   * (empty for "not recorded"): the UI shows its own words for those, e.g. REASON_FOR_ENDING_LABELS.
   */
  label: string;
  count: number;
}

/** What the archive's filters can offer. */
export interface FilterOptions {
  templates: FilterChoice<string>[];
  /** Reason-for-ending codes; `null` stands for "not recorded". */
  reasons: FilterChoice<string | null>[];
  statuses: FilterChoice<SearchDocumentStatus>[];
  kinds: FilterChoice<SearchDocumentKind>[];
  /** The first and last document day (YYYY-MM-DD), or null when there are none. */
  firstDay: string | null;
  lastDay: string | null;
}

function tally<T extends string | null>(
  map: Map<T, FilterChoice<T>>,
  value: T,
  label: string,
): void {
  const choice = map.get(value);
  if (choice) choice.count += 1;
  else map.set(value, { value, label, count: 1 });
}

function byCount<T extends string | null>(map: Map<T, FilterChoice<T>>): FilterChoice<T>[] {
  return [...map.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Collects the filter choices present in the documents, most frequent first. */
export function collectFilterOptions(docs: Iterable<DocumentMeta>): FilterOptions {
  const templates = new Map<string, FilterChoice<string>>();
  const reasons = new Map<string | null, FilterChoice<string | null>>();
  const statuses = new Map<SearchDocumentStatus, FilterChoice<SearchDocumentStatus>>();
  const kinds = new Map<SearchDocumentKind, FilterChoice<SearchDocumentKind>>();
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  for (const d of docs) {
    tally(templates, d.templateId, d.templateName || d.templateId);
    tally(reasons, d.reasonCode, d.reasonCode ?? '');
    tally(statuses, d.status, d.status);
    tally(kinds, d.kind, d.kind);
    const day = dayOf(d.date);
    if (firstDay === null || day < firstDay) firstDay = day;
    if (lastDay === null || day > lastDay) lastDay = day;
  }
  return {
    templates: byCount(templates),
    reasons: byCount(reasons),
    statuses: byCount(statuses),
    kinds: byCount(kinds),
    firstDay,
    lastDay,
  };
}
