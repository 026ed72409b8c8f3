/**
 * The query rules shared by the index and the result explanations: which typed terms are
 * prefix-matched, how many typos each allows, and whether a stored term answers a typed one.
 */
import { adjacentSwaps, boundedEditDistance, maxEditsFor } from './fuzzy';
import { isCjkTerm } from './tokenize';

/**
 * Whether a typed term also matches longer stored terms. Chinese and Japanese terms are
 * single characters and match exactly.
 */
export function usesPrefix(term: string): boolean {
  return !isCjkTerm(term);
}

const DIGIT = /\p{N}/u;

/** Tells whether a term holds a digit (a record code, a year): such terms are never typo-matched. */
export function hasDigit(term: string): boolean {
  return DIGIT.test(term);
}

/**
 * Edits allowed for a typed term (none below 4 characters, 1 from 4, 2 from 8). None for CJK,
 * and none for a term with a digit: "2019" must not find "2018", nor "CS-0042" find "CS-0043".
 */
export function fuzzyEditsFor(term: string): number {
  return isCjkTerm(term) || hasDigit(term) ? 0 : maxEditsFor(term);
}

/** Words shorter than this are not looked up by their swapped spellings: at four letters a swap is mostly another word. */
export const MIN_SWAP_CHARS = 5;

/** The one-swap spellings a typed term is also looked up by (none where no typo is allowed, or below five letters). */
export function swapVariantsFor(term: string): string[] {
  return fuzzyEditsFor(term) > 0 && Array.from(term).length >= MIN_SWAP_CHARS
    ? adjacentSwaps(term)
    : [];
}

/** Tells whether a stored term answers a typed term under these rules. */
export function storedTermAnswers(queryTerm: string, storedTerm: string): boolean {
  if (storedTerm === queryTerm) return true;
  if (usesPrefix(queryTerm) && storedTerm.startsWith(queryTerm)) return true;
  const edits = fuzzyEditsFor(queryTerm);
  return edits > 0 && boundedEditDistance(queryTerm, storedTerm, edits) <= edits;
}
