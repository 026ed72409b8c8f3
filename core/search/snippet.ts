/**
 * Snippets: the one short passage of a document that best shows why it matched, with the
 * matched words marked by offsets. Plain text only.
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
  | 'reason'
  | 'template'
  | 'privateReflection';

/** A passage to show under a result; `source` tells the UI how to label it. */
export interface Snippet extends HighlightedText {
  source: SnippetSource;
}

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
  for (const r of doc.referrals) yield { source: 'referrals', field: 'referrals', text: r.kind ? `${r.name} — ${r.kind}` : r.name };
  for (const text of doc.goals) yield { source: 'goals', field: 'clinical', text };
  for (const text of doc.achievements) yield { source: 'achievements', field: 'clinical', text };
  for (const text of doc.plan) yield { source: 'plan', field: 'clinical', text };
  for (const text of doc.notes) yield { source: 'notes', field: 'notes', text };
  if (doc.reasonText) yield { source: 'reason', field: 'about', text: doc.reasonText };
  if (doc.templateName) yield { source: 'template', field: 'about', text: doc.templateName };
  for (const text of doc.privateReflection) yield { source: 'privateReflection', field: 'private', text };
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

/**
 * The best passage of a document for the matched stored terms: the one holding the most of
 * them, looked for only in the fields that matched; private reflection only when
 * `allowPrivate`. When no passage holds a match (only the name or code matched), the first
 * goal, plan item or note is returned without highlights; null when there is no text at all.
 */
export function makeSnippet(
  doc: SearchDocument,
  matchedTerms: ReadonlySet<string>,
  matchedFields: ReadonlySet<IndexField>,
  allowPrivate: boolean,
): Snippet | null {
  const terms = [...matchedTerms];
  const scored: { candidate: Candidate; score: number }[] = [];
  let fallback: Candidate | null = null;
  for (const candidate of candidates(doc)) {
    if (candidate.field === 'private' && !allowPrivate) continue;
    if (!fallback && candidate.field !== 'private' && candidate.text.trim()) fallback = candidate;
    if (!matchedFields.has(candidate.field)) continue;
    const score = roughScore(candidate.text, terms);
    if (score > 0) scored.push({ candidate, score });
  }
  scored.sort((a, b) => b.score - a.score);
  for (const { candidate } of scored.slice(0, MAX_PRECISE_CHECKS)) {
    const text = collapse(candidate.text);
    const highlights = matchedRanges(text, matchedTerms);
    if (highlights.length > 0) return { source: candidate.source, ...cutAround({ text, highlights }) };
  }
  if (!fallback) return null;
  return { source: fallback.source, ...cutAround({ text: collapse(fallback.text), highlights: [] }) };
}
