import type { Font } from 'fontkit';
import { openFace, type FaceKey, type FontSet } from './font-set';

const MAX_ENTRIES = 20_000;

/** A font object used only to measure, and the widths (font units) it measured. */
interface Measurer {
  font: Font;
  widths: Map<string, number>;
}

/** fontkit's private glyph cache: glyph objects keep the characters they were first reached by. */
interface GlyphCache {
  _glyphs?: unknown;
}

const measurers = new Map<string, Measurer>();

function measurerFor(fonts: FontSet, face: FaceKey): Measurer {
  const key = `${fonts.fontsDir}\0${face}`;
  let m = measurers.get(key);
  if (!m) {
    m = { font: openFace(fonts.fontsDir, face), widths: new Map() };
    measurers.set(key, m);
  }
  return m;
}

/**
 * The advance of a text shaped in one face, in font units: a pure function of the font file and
 * the text. Widths are cached for the life of the process, so each miss is measured with an empty
 * glyph cache: what earlier documents shaped (which characters first reached a glyph, which the
 * Arabic and Hangul shapers read) never changes a later document's widths or line breaks.
 */
function widthUnits(fonts: FontSet, face: FaceKey, text: string): number {
  const m = measurerFor(fonts, face);
  let units = m.widths.get(text);
  if (units === undefined) {
    const cache = m.font as unknown as GlyphCache;
    const font =
      typeof cache._glyphs === 'object' && cache._glyphs !== null
        ? m.font
        : openFace(fonts.fontsDir, face);
    if (font === m.font) cache._glyphs = {};
    units = font.layout(text, []).advanceWidth;
    if (m.widths.size >= MAX_ENTRIES) m.widths.clear();
    m.widths.set(text, units);
  }
  return units;
}

/** Width in points of a text shaped in one face (the same shaping pdfkit draws with). */
export function textWidth(fonts: FontSet, face: FaceKey, text: string, size: number): number {
  if (text.length === 0) return 0;
  return (widthUnits(fonts, face, text) * size) / fonts.faces[face].unitsPerEm;
}

/** Distance from baseline to the top of the face's line box, in points. */
export function ascent(font: Font, size: number): number {
  return (font.ascent * size) / font.unitsPerEm;
}

/** Distance from baseline to the bottom of the face's line box, in points (positive). */
export function descent(font: Font, size: number): number {
  return (-font.descent * size) / font.unitsPerEm;
}
