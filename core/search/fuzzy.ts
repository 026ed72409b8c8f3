/**
 * Typo tolerance and prefix rules for query terms: how far a typed term may be from a stored
 * one, and whether a stored term answers a typed one.
 */

/** Edits allowed for a typed term: none below 4 characters, 1 from 4, 2 from 8. */
export function maxEditsFor(term: string): number {
  const length = codePointLength(term);
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** The number of Unicode code points in a string (what "characters" means for typo limits). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * The Levenshtein distance between two strings when it is at most `max`, else `max + 1`.
 * Counts code points, so a CJK or emoji character is one edit.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[y.length] ?? max + 1, max + 1);
}
