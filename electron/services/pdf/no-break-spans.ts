import type { Cluster } from './glyph-coverage';

/**
 * A phone number: digits in groups joined by single spaces, hyphens, dots, slashes or brackets,
 * with an optional leading "+" or "(" — "(503) 555-0147", "1-866-488-7386", "+44 20 7946 0958", "116 123".
 */
const PHONE =
  /[+(]?\p{Nd}+(?:(?:[ \u00a0]?[-\u2010\u2011\u2012\u2013./)(][ \u00a0]?|[ \u00a0])\(?\p{Nd}+\)?)+/gu;
/** Phone-like runs with fewer digits than this are ordinary numbers ("3 4") and may break. */
const PHONE_MIN_DIGITS = 5;
const PHONE_PUNCTUATION = /[+()\-\u2010\u2011\u2012\u2013./]/u;
/** A word (no spaces, no ideographs) that contains a digit: a code such as "ZO-2025-014", "PHQ-9", "2024–2025". */
const CODE =
  /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]*\p{Nd}[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]*/gu;
/** Longer codes (links with numbers in them) keep their ordinary break opportunities. */
const CODE_MAX_LENGTH = 32;

/**
 * Whether a phone-like run is a phone number: enough digits, and either phone punctuation
 * ("+44 20…", "(503) 555-0147") or digit groups of two or more with one of three or more
 * ("116 123", "0800 1111"); a list of numbers such as "18 13 9 6" is not one.
 */
function isPhoneNumber(run: string): boolean {
  const groups = run.match(/\p{Nd}+/gu) ?? [];
  if (groups.join('').length < PHONE_MIN_DIGITS) return false;
  if (PHONE_PUNCTUATION.test(run)) return true;
  return groups.every((g) => g.length >= 2) && groups.some((g) => g.length >= 3);
}

/** Where the phone numbers are in a text: [start, end) UTF-16 ranges. */
export function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(PHONE)) {
    if (isPhoneNumber(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Marks where a line must not break: `joined[i]` is 1 when clusters i and i+1 belong to one phone
 * number or one code, so "(503) 555-0147" and "ZO-2025-014" always stay on one line (a span wider
 * than the whole line is still broken between characters rather than cut off).
 */
export function noBreakJoins(clusters: readonly Cluster[]): Uint8Array {
  const joined = new Uint8Array(clusters.length);
  if (clusters.length < 2) return joined;
  const text = clusters.map((c) => c.text).join('');
  const clusterAt = new Int32Array(text.length);
  let offset = 0;
  clusters.forEach((c, k) => {
    clusterAt.fill(k, offset, offset + c.text.length);
    offset += c.text.length;
  });
  const join = (from: number, to: number): void => {
    const first = clusterAt[from] ?? 0;
    const last = clusterAt[to - 1] ?? 0;
    for (let k = first; k < last; k++) joined[k] = 1;
  };
  for (const [from, to] of phoneSpans(text)) join(from, to);
  for (const m of text.matchAll(CODE)) {
    if (m[0].length <= CODE_MAX_LENGTH) join(m.index, m.index + m[0].length);
  }
  return joined;
}
