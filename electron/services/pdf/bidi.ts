import bidiFactory from 'bidi-js';
import { bmpStandIn } from './bidi-astral';
import { contactItems } from './no-break-spans';

const bidi = bidiFactory();

/** Resolved bidi embedding levels of a text, one per UTF-16 unit, and each paragraph's base level. */
export interface BidiLevels {
  levels: Uint8Array;
  paragraphs: readonly { start: number; end: number; level: number }[];
}

/**
 * Resolves embedding levels (Unicode Bidirectional Algorithm) for a text in a base direction. A
 * phone number, e-mail or web address is then one left-to-right unit, as if isolated: plain UBA
 * would show "+972 3 555 0147" in right-to-left text as "0147 555 3 972+" (its digit groups in
 * reverse order). In a right-to-left paragraph the separator between two such items takes the
 * paragraph's direction, so a contact line "phone · e-mail · web" reads item by item from the right
 * instead of running its Latin items together into one left-to-right stretch.
 */
export function resolveLevels(text: string, direction: 'ltr' | 'rtl' | 'auto'): BidiLevels {
  const resolved = bidi.getEmbeddingLevels(
    bmpStandIn(text, (ch) => bidi.getBidiCharTypeName(ch)),
    direction,
  );
  const { items, separators } = contactItems(text);
  for (const [from, to] of items) keepLeftToRight(resolved.levels, from, to);
  for (const [from, to] of separators) {
    const level = paragraphLevelAt(resolved, from);
    if (level % 2 === 1) resolved.levels.fill(level, from, to);
  }
  return resolved;
}

/** Gives a span the (even, left-to-right) level of its digits, so it is laid out as one left-to-right run. */
function keepLeftToRight(levels: Uint8Array, from: number, to: number): void {
  let level = 0;
  for (let i = from; i < to; i++) level = Math.max(level, levels[i] ?? 0);
  if (level % 2 === 1) level++;
  for (let i = from; i < to; i++) levels[i] = level;
}

/** The base level of the paragraph that holds the UTF-16 index (0 = left-to-right). */
export function paragraphLevelAt(levels: BidiLevels, index: number): number {
  return levels.paragraphs.find((p) => index >= p.start && index <= p.end)?.level ?? 0;
}

/** Replaces characters with their mirrored form (e.g. "(" with ")"), as shown in right-to-left runs. */
export function mirrorText(text: string): string {
  let out = '';
  for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
  return out;
}

/** Characters that carry no script of their own (fontkit looks past them). */
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Cn}]/u;
/** The scripts fontkit sets right to left (its RTL table, for the scripts Unicode names). */
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;

/**
 * Whether fontkit will shape this run right-to-left: it takes the direction of the script of the
 * first character that has one (digits, spaces and punctuation have none). Persian digits (۱۴۰۳)
 * and Arabic-Indic digits (١٢٣) belong to the Arabic script, so fontkit sets them right to left
 * although they read left to right.
 */
export function shapesRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (NO_SCRIPT.test(ch)) continue;
    return RTL_SCRIPT.test(ch);
  }
  return false;
}

/** The bidi class of a character (UAX #9 name: L, R, AL, EN, AN, WS, ON, …). */
export function bidiClass(ch: string): string {
  return bidi.getBidiCharTypeName(ch);
}

/** Embedding levels of a text by the plain bidi algorithm in a fixed base direction (no contact-item rules). */
export function plainLevels(text: string, direction: 'ltr' | 'rtl'): Uint8Array {
  return bidi.getEmbeddingLevels(text, direction).levels;
}

/** Whether a character is strongly right-to-left (Hebrew, Arabic, …). */
export function isStrongRtl(ch: string): boolean {
  const type = bidi.getBidiCharTypeName(ch);
  return type === 'R' || type === 'AL';
}

/**
 * Reorders items of one line from logical to visual order (rule L2 of UAX #9): from the highest level
 * down to the lowest odd level, every maximal sequence at that level or higher is reversed.
 */
export function visualOrder<T>(items: readonly T[], levelOf: (item: T) => number): T[] {
  const out = [...items];
  if (out.length === 0) return out;
  const levels = out.map(levelOf);
  const max = Math.max(...levels);
  const minOdd = Math.min(...levels.filter((l) => l % 2 === 1), max + 1);
  for (let level = max; level >= minOdd && level > 0; level--) {
    let i = 0;
    while (i < out.length) {
      if ((levels[i] ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && (levels[j] ?? 0) >= level) j++;
      reverseRange(out, i, j);
      reverseRange(levels, i, j);
      i = j;
    }
  }
  return out;
}

function reverseRange<T>(arr: T[], from: number, to: number): void {
  for (let a = from, b = to - 1; a < b; a++, b--) {
    const tmp = arr[a] as T;
    arr[a] = arr[b] as T;
    arr[b] = tmp;
  }
}
