import type { TextMeasure } from '../../../core/chart/label-geometry';
import { openFontSet } from './font-set';
import { layoutParagraph } from './paragraph-layout';

/**
 * Widths of chart label text exactly as the PDF engine sets it (fontkit shaping, font fallback,
 * bidi), for placing chart labels (core/chart/place-labels.ts). The fonts are opened only to
 * measure; widths depend only on the font files and the text.
 */
export function chartTextMeasure(fontsDir: string): TextMeasure {
  const fonts = openFontSet(fontsDir);
  return (text, size, bold) => {
    const laid = layoutParagraph(
      [{ text, style: bold ? 'bold' : 'regular' }],
      Number.MAX_SAFE_INTEGER,
      { size, lineHeight: 1.2, direction: 'auto', align: 'start' },
      fonts,
    );
    return laid.lines.reduce((widest, line) => Math.max(widest, line.width), 0);
  };
}
