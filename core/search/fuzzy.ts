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
 * The edit distance between two strings when it is at most `max`, else `max + 1`: insertions,
 * deletions, substitutions and swaps of two neighbouring characters ("Mensha" for "Mensah")
 * each count as one edit (optimal string alignment, a restricted Damerau–Levenshtein).
 * Counts code points, so a CJK or emoji character is one edit.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    // A swap reaches back two rows, so stop only when two rows in a row are over the limit.
    if (rowMin > max && Math.min(...previous) > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[y.length] ?? max + 1, max + 1);
}

/**
 * The spellings one swap of two neighbouring characters away from a term ("mensha" →
 * "emnsha", "mnesha", … "mensah"), without the term itself and without repeats. The index's
 * own typo matching counts a swap as two edits; these let a swap cost one.
 */
export function adjacentSwaps(term: string): string[] {
  const chars = Array.from(term);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = [...chars];
    swapped[i] = chars[i + 1] as string;
    swapped[i + 1] = chars[i] as string;
    out.add(swapped.join(''));
  }
  out.delete(term);
  return [...out];
}
