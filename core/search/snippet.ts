/**
 * Snippets: the one short passage of a document that best shows why it matched, with the
 * matched words marked by offsets. Plain text only. A snippet comes only from where the query
 * matched: a match in the name or record code alone shows no text at all (the archive may be
 * open with the client in the room). Clinician-only notes (feedback, repair, private
 * reflection) are shown only when the query matched inside them, marked `clinicianOnly` so
 * the UI keeps them behind a "show" control.
 */
import { foldText } from './fold';
import { matchedRanges, type HighlightedText } from './highlight';
import type { IndexField, SearchDocument } from './search-document';

/** Where a snippet's text comes from. */
export type SnippetSource =
  | 'referrals'
  | 'goals'
  | 'achievements'
  | 'plan'
  | 'notes'
  | 'clinicianNotes'
  | 'reason'
  | 'privateReflection';

/** A passage to show under a result; `source` tells the UI how to label it. */
export interface Snippet extends HighlightedText {
  source: SnippetSource;
  /** Text only the clinician should see (feedback, repair, private reflection): shown on request. */
  clinicianOnly: boolean;
}

/** The sources whose text is for the clinician only. */
const CLINICIAN_ONLY: ReadonlySet<SnippetSource> = new Set<SnippetSource>([
  'clinicianNotes',
  'privateReflection',
]);

/** Sources a document listed without a query may show: what the client also sees. */
const LISTING_SOURCES: ReadonlySet<SnippetSource> = new Set<SnippetSource>([
  'goals',
  'achievements',
  'plan',
]);

/** The longest snippet (characters, before the ellipses). */
export const SNIPPET_MAX_CHARS = 160;
/** How much text to keep before the first matched word when a passage must be cut. */
const LEAD_CHARS = 48;
const ELLIPSIS = '…';

interface Candidate {
  source: SnippetSource;
  field: IndexField;
  text: string;
}

function* candidates(doc: SearchDocument): Generator<Candidate> {
  for (const r of doc.referrals)
    yield {
      source: 'referrals',
      field: 'referrals',
      text: r.kind ? `${r.name} — ${r.kind}` : r.name,
    };
  for (const text of doc.goals) yield { source: 'goals', field: 'clinical', text };
  for (const text of doc.achievements) yield { source: 'achievements', field: 'clinical', text };
  for (const text of doc.plan) yield { source: 'plan', field: 'clinical', text };
  for (const text of doc.notes) yield { source: 'notes', field: 'notes', text };
  for (const text of doc.clinicianNotes) yield { source: 'clinicianNotes', field: 'notes', text };
  if (doc.reasonText) yield { source: 'reason', field: 'about', text: doc.reasonText };
  for (const text of doc.privateReflection)
    yield { source: 'privateReflection', field: 'private', text };
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** How many matched terms a passage holds at least once (a cheap test on the folded text). */
function roughScore(text: string, terms: readonly string[]): number {
  const folded = foldText(text);
  let score = 0;
  for (const term of terms) if (folded.includes(term)) score += 1;
  return score;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts a long passage around its first highlight, at word boundaries, with ellipses. */
function cutAround(highlighted: HighlightedText): HighlightedText {
  const { text } = highlighted;
  if (text.length <= SNIPPET_MAX_CHARS) return highlighted;
  const first = highlighted.highlights[0]?.start ?? 0;
  let start = Math.max(0, first - LEAD_CHARS);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : first;
  }
  let end = Math.min(text.length, start + SNIPPET_MAX_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
    else if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = highlighted.highlights
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: h.start + shift, end: h.end + shift }));
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}

/** How many candidates to check word by word before settling for the fallback. */
const MAX_PRECISE_CHECKS = 4;

function snippetOf(candidate: Candidate, highlighted: HighlightedText): Snippet {
  return {
    source: candidate.source,
    clinicianOnly: CLINICIAN_ONLY.has(candidate.source),
    ...cutAround(highlighted),
  };
}

/**
 * The best passage of a document for the matched stored terms: the one holding the most of
 * them, looked for only in the fields that matched; private reflection only when
 * `allowPrivate`. Null when no passage holds a matched word (only the name or code matched).
 */
export function makeSnippet(
  doc: SearchDocument,
  matchedTerms: ReadonlySet<string>,
  matchedFields: ReadonlySet<IndexField>,
  allowPrivate: boolean,
): Snippet | null {
  if (matchedTerms.size === 0) return null;
  const terms = [...matchedTerms];
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const candidate of candidates(doc)) {
    if (candidate.field === 'private' && !allowPrivate) continue;
    if (!matchedFields.has(candidate.field)) continue;
    const score = roughScore(candidate.text, terms);
    if (score > 0) scored.push({ candidate, score });
  }
  // The most matched words first; among equals, text the client also sees before clinician-only notes.
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(CLINICIAN_ONLY.has(a.candidate.source)) -
        Number(CLINICIAN_ONLY.has(b.candidate.source)),
  );
  for (const { candidate } of scored.slice(0, MAX_PRECISE_CHECKS)) {
    const text = collapse(candidate.text);
    const highlights = matchedRanges(text, matchedTerms);
    if (highlights.length > 0) return snippetOf(candidate, { text, highlights });
  }
  return null;
}

/** The passage shown for a document listed without a query: its first goal, achievement or plan item (never a note). */
export function listingSnippet(doc: SearchDocument): Snippet | null {
  for (const candidate of candidates(doc)) {
    if (LISTING_SOURCES.has(candidate.source) && candidate.text.trim())
      return snippetOf(candidate, { text: collapse(candidate.text), highlights: [] });
  }
  return null;
}
