/**
 * Persian (۱۴۰۳) and Arabic-Indic (٢٠٢٥) digits read left to right on the page, like European
 * digits: fontkit sets them right to left (they belong to the Arabic script), so the engine has to
 * hand them over reversed. Checked by glyph positions, and the text read back with pdf.js.
 */
import { describe, expect, it } from 'vitest';
import { baselines, readPdf } from './pdf-reader';
import { docOf, render } from './render-helpers';

async function read(text: string, lang: string): Promise<{ visual: string; text: string }> {
  const pdf = await readPdf(
    await render(docOf([{ type: 'paragraph', text }], { direction: 'rtl', lang })),
  );
  const glyphs = pdf.pages[0]!.glyphs;
  const [y] = baselines(glyphs);
  const visual = glyphs
    .filter((g) => Math.abs(g.y - y!) < 0.5)
    .sort((a, b) => a.x - b.x)
    .map((g) => g.text)
    .join('');
  return { visual, text: pdf.text.replace(/\s+/g, ' ').trim() };
}

describe('digits of the Arabic script inside right-to-left text (glyph positions)', () => {
  it.each([
    ['fa', 'نوبت بعدی ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۳۰', ['۱۴', '۱۴۰۳', '۱۰:۳۰']],
    ['ar', 'الموعد ١٤ مارس ٢٠٢٥ الساعة ١٠:٣٠', ['١٤', '٢٠٢٥', '١٠:٣٠']],
    ['fa', 'شماره ۱۲۳ و 456', ['۱۲۳', '456']],
  ])('%s: %s', async (lang, text, numbers) => {
    const { visual, text: extracted } = await read(text, lang);
    for (const n of numbers) expect(visual).toContain(n);
    expect(extracted).toBe(text);
  });
});
