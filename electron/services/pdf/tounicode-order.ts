import { isStrongRtl } from './bidi';

/** The part of pdfkit's EmbeddedFont this fix touches (private in pdfkit's types). */
interface EmbeddedFontLike {
  unicode: number[][];
  encode(text: string, features?: string[]): unknown;
}

const fixed = new WeakSet<object>();

/**
 * Makes right-to-left ligatures (e.g. Arabic lam-alef) extract as typed. pdfkit maps a ligature
 * glyph to its characters in typed order, but extractors (pdf.js, poppler) reverse right-to-left
 * text glyph by glyph, turning "لأ" into "أل". Storing such glyphs' characters in visual order
 * makes the reversal give back the typed text.
 */
export function fixRtlLigatureUnicode(font: unknown): void {
  const embedded = font as EmbeddedFontLike;
  if (
    fixed.has(embedded) ||
    typeof embedded.encode !== 'function' ||
    !Array.isArray(embedded.unicode)
  )
    return;
  fixed.add(embedded);
  const encode = embedded.encode.bind(embedded);
  let checked = 0;
  embedded.encode = (text: string, features?: string[]) => {
    const result = encode(text, features);
    for (let gid = checked; gid < embedded.unicode.length; gid++) {
      const cps = embedded.unicode[gid];
      if (cps && cps.length > 1 && cps.some((cp) => isStrongRtl(String.fromCodePoint(cp)))) {
        embedded.unicode[gid] = [...cps].reverse();
      }
    }
    checked = embedded.unicode.length;
    return result;
  };
}
