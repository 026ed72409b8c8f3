import type { Font } from 'fontkit';

const MAX_ENTRIES = 20_000;
const widths = new WeakMap<Font, Map<string, number>>();

/** Width in points of a text shaped in one face (the same shaping pdfkit draws with). */
export function textWidth(font: Font, text: string, size: number): number {
  if (text.length === 0) return 0;
  let cache = widths.get(font);
  if (!cache) {
    cache = new Map();
    widths.set(font, cache);
  }
  let units = cache.get(text);
  if (units === undefined) {
    units = font.layout(text, []).advanceWidth;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(text, units);
  }
  return (units * size) / font.unitsPerEm;
}

/** Distance from baseline to the top of the face's line box, in points. */
export function ascent(font: Font, size: number): number {
  return (font.ascent * size) / font.unitsPerEm;
}

/** Distance from baseline to the bottom of the face's line box, in points (positive). */
export function descent(font: Font, size: number): number {
  return (-font.descent * size) / font.unitsPerEm;
}
