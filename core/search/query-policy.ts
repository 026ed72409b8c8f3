/**
 * The query rules shared by the index and the result explanations: which typed terms are
 * prefix-matched, how many typos each allows, and whether a stored term answers a typed one.
 */
import { boundedEditDistance, maxEditsFor } from './fuzzy';
import { isCjkTerm } from './tokenize';

/**
 * Whether a typed term also matches longer stored terms. Chinese and Japanese terms are
 * single characters and match exactly.
 */
export function usesPrefix(term: string): boolean {
  return !isCjkTerm(term);
}

/** Edits allowed for a typed term (none below 4 characters, 1 from 4, 2 from 8; none for CJK). */
export function fuzzyEditsFor(term: string): number {
  return isCjkTerm(term) ? 0 : maxEditsFor(term);
}

/** Tells whether a stored term answers a typed term under these rules. */
export function storedTermAnswers(queryTerm: string, storedTerm: string): boolean {
  if (storedTerm === queryTerm) return true;
  if (usesPrefix(queryTerm) && storedTerm.startsWith(queryTerm)) return true;
  const edits = fuzzyEditsFor(queryTerm);
  return edits > 0 && boundedEditDistance(queryTerm, storedTerm, edits) <= edits;
}
