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
/** An e-mail address: "hello@quietharbor.example". */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A web address, without trailing sentence punctuation: "https://quietharbor.example/group", "www.example.org". */
const WEB = /(?:https?:\/\/|www\.)[^\s\u00b7\u2022,;<>"]*[^\s\u00b7\u2022,;<>".:!?)\]]/gu;
/** Longer addresses keep their ordinary break opportunities (after "/" and the like). */
const ADDRESS_MAX_LENGTH = 48;
/** What may stand between two items of a contact line: spaces and a separator ("·", "•", "|", ",", "/", a dash). */
const CONTACT_SEPARATOR = /^[\s\u00a0]*[\u00b7\u2022|,;/\u2013\u2014-]?[\s\u00a0]*$/u;

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

/** Where the e-mail and web addresses are in a text: [start, end) UTF-16 ranges, in text order. */
export function addressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WEB)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(EMAIL)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (!spans.some(([a, b]) => from < b && to > a)) spans.push([from, to]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * The items of contact lines in a text — phone numbers, e-mail and web addresses — and the
 * separators between two neighbouring items ("+44 117 496 0000 · hello@…"): [start, end) ranges.
 */
export function contactItems(text: string): {
  items: [number, number][];
  separators: [number, number][];
} {
  const items = [...phoneSpans(text), ...addressSpans(text)].sort((a, b) => a[0] - b[0]);
  const separators: [number, number][] = [];
  for (let i = 1; i < items.length; i++) {
    const from = (items[i - 1] as [number, number])[1];
    const to = (items[i] as [number, number])[0];
    if (to > from && CONTACT_SEPARATOR.test(text.slice(from, to))) separators.push([from, to]);
  }
  return { items, separators };
}

/**
 * Marks where a line must not break: `joined[i]` is 1 when clusters i and i+1 belong to one phone
 * number, one code or one e-mail or web address (up to ADDRESS_MAX_LENGTH), so "(503) 555-0147",
 * "ZO-2025-014" and "https://quietharbor.example" always stay on one line (a span wider
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
  for (const [from, to] of addressSpans(text)) if (to - from <= ADDRESS_MAX_LENGTH) join(from, to);
  for (const m of text.matchAll(CODE)) {
    if (m[0].length <= CODE_MAX_LENGTH) join(m.index, m.index + m[0].length);
  }
  return joined;
}
