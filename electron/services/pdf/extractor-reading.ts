import { bidiClass, plainLevels, visualOrder } from './bidi';

/**
 * How text extractors turn a stretch of glyphs, read left to right, back into typed order: they
 * guess the stretch's direction from its share of right-to-left characters and apply a bidi
 * algorithm to it. Two readings are modelled: the Unicode Bidirectional Algorithm and pdf.js's own
 * simplified version of it (Firefox's viewer, and the engine's tests), which differs from it in
 * classing every character outside Latin-1, Hebrew and Arabic as left-to-right (an em dash
 * included) and in resolving a run of neutrals from the character one past the one that follows
 * it ("PHQ-9" in Arabic text reads "9-PHQ").
 */

/** Below this share of right-to-left characters (and above four characters) pdf.js reads left to right. */
const RTL_SHARE = 0.3;

/** Spaces as single spaces, ends trimmed; a zero-width non-joiner reads as a space (as pdf.js reads it). */
function flat(text: string): string {
  return text
    .replace(/\u200c/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The direction an extractor guesses for a stretch: none without right-to-left characters, else by their share. */
function guessedDirection(types: readonly string[]): 'ltr' | 'rtl' | undefined {
  const rtl = types.filter((t) => t === 'R' || t === 'AL' || t === 'AN').length;
  if (rtl === 0) return undefined;
  return rtl / types.length < RTL_SHARE && types.length > 4 ? 'ltr' : 'rtl';
}

function reorder(chars: readonly string[], levels: ArrayLike<number>): string {
  return visualOrder(
    chars.map((ch, i) => ({ ch, level: levels[i] ?? 0 })),
    (c) => c.level,
  )
    .map((c) => c.ch)
    .join('');
}

/** The Unicode Bidirectional Algorithm's reading of glyphs given left to right (no mirroring). */
export function bidiReading(visual: string): string {
  const text = flat(visual);
  const chars = text.split('');
  const direction = guessedDirection(chars.map(bidiClass));
  return direction ? reorder(chars, plainLevels(text, direction)) : text;
}

/** pdf.js's class of a UTF-16 unit. */
function pdfjsClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code <= 0xff || (code >= 0x600 && code <= 0x6ff)) return bidiClass(ch);
  if (code >= 0x590 && code <= 0x5f4) return 'R';
  if (
    (code >= 0x700 && code <= 0x8ac) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  )
    return 'AL';
  return 'L';
}

/** pdf.js's weak and neutral rules: each character's resolved type (L, R, EN or AN). */
function pdfjsTypes(classes: readonly string[], rtl: boolean): string[] {
  const e = rtl ? 'R' : 'L';
  const t = [...classes];
  const n = t.length;
  let last = e;
  for (let i = 0; i < n; i++) {
    if (t[i] === 'NSM') t[i] = last;
    else last = t[i] as string;
  }
  last = e;
  for (let i = 0; i < n; i++) {
    if (t[i] === 'EN') t[i] = last === 'AL' ? 'AN' : 'EN';
    else if (t[i] === 'R' || t[i] === 'L' || t[i] === 'AL') last = t[i] as string;
  }
  for (let i = 0; i < n; i++) if (t[i] === 'AL') t[i] = 'R';
  for (let i = 1; i < n - 1; i++) {
    if (t[i] === 'ES' && t[i - 1] === 'EN' && t[i + 1] === 'EN') t[i] = 'EN';
    if (t[i] === 'CS' && (t[i - 1] === 'EN' || t[i - 1] === 'AN') && t[i + 1] === t[i - 1])
      t[i] = t[i - 1] as string;
  }
  for (let i = 0; i < n; i++) {
    if (t[i] !== 'EN') continue;
    for (let j = i - 1; j >= 0 && t[j] === 'ET'; j--) t[j] = 'EN';
    for (let j = i + 1; j < n && t[j] === 'ET'; j++) t[j] = 'EN';
  }
  for (let i = 0; i < n; i++) if (['WS', 'ES', 'ET', 'CS'].includes(t[i] as string)) t[i] = 'ON';
  last = e;
  for (let i = 0; i < n; i++) {
    if (t[i] === 'EN') t[i] = last === 'L' ? 'L' : 'EN';
    else if (t[i] === 'R' || t[i] === 'L') last = t[i] as string;
  }
  for (let i = 0; i < n; i++) {
    if (t[i] !== 'ON') continue;
    let end = i + 1;
    while (end < n && t[end] === 'ON') end++;
    // Strong on each side (anything but L counts as R); pdf.js looks one character past the run's end.
    const before = (i > 0 ? t[i - 1] : e) === 'L' ? 'L' : 'R';
    const after = (end + 1 < n ? t[end + 1] : e) === 'L' ? 'L' : 'R';
    if (before === after) t.fill(before, i, end);
    i = end - 1;
  }
  return t.map((type) => (type === 'ON' ? e : type));
}

/** pdf.js's reading of glyphs given left to right (as its getTextContent gives one piece of text). */
export function pdfjsReading(visual: string): string {
  const text = flat(visual);
  const chars = text.split('');
  const classes = chars.map(pdfjsClass);
  const direction = guessedDirection(classes);
  if (!direction) return text;
  const rtl = direction === 'rtl';
  const levels = pdfjsTypes(classes, rtl).map((t) => {
    if (rtl) return t === 'R' ? 1 : 2;
    return t === 'L' ? 0 : t === 'R' ? 1 : 2;
  });
  return reorder(chars, levels).replace(/[<>]/g, '');
}

/** Answers already worked out (a document is laid out several times while it is fitted to its pages). */
const answers = new Map<string, boolean>();
const ANSWERS_KEPT = 4096;

/** Whether glyphs given left to right are read back as the typed text by both readings. */
export function readsBackAs(visual: string, typed: string): boolean {
  const key = `${visual}\u0000${typed}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const want = flat(typed);
  const answer = bidiReading(visual) === want && pdfjsReading(visual) === want;
  if (answers.size >= ANSWERS_KEPT) answers.clear();
  answers.set(key, answer);
  return answer;
}
