import { describe, expect, it } from 'vitest';
import { baselines, readPdf } from './pdf-reader';
import { docOf, render } from './render-helpers';

/** Each line's glyphs read left to right, as a reader's eye goes. */
async function visualLines(text: string, direction: 'ltr' | 'rtl'): Promise<string[]> {
  const read = await readPdf(
    await render(
      docOf([{ type: 'paragraph', text }], { direction, lang: direction === 'rtl' ? 'he' : 'en' }),
    ),
  );
  const glyphs = read.pages[0]?.glyphs ?? [];
  return baselines(glyphs).map((y) =>
    glyphs
      .filter((g) => Math.abs(g.y - y) < 0.5)
      .sort((a, b) => a.x - b.x)
      .map((g) => g.text)
      .join(''),
  );
}

describe('phone numbers read left to right inside right-to-left text (glyph positions)', () => {
  it('Hebrew paragraph: spaced and bracketed numbers keep their digit groups in order', async () => {
    const [line] = await visualLines('דנה לוי: +972 3 555 0147 או (503) 555-0147', 'rtl');
    expect(line).toContain('+972 3 555 0147');
    expect(line).toContain('(503) 555-0147');
  });

  it('Arabic paragraph', async () => {
    const [line] = await visualLines('محمد الأحمد: +44 20 7946 0958', 'rtl');
    expect(line).toContain('+44 20 7946 0958');
  });

  it('a Hebrew name before a number in a left-to-right paragraph', async () => {
    const [line] = await visualLines('Referral: דנה לוי +972 3 555 0147 today', 'ltr');
    expect(line).toContain('+972 3 555 0147');
    expect(line).toMatch(/^Referral: .* today$/);
  });

  it('a wrapped right-to-left paragraph keeps each number whole and in order on its line', async () => {
    const text =
      'אפשר להתקשר אל דנה לוי בכל יום בין תשע לחמש בטלפון 03-555-0147 או בנייד +972 54 555 0199, ובערב אל ער״ן בטלפון 1201';
    const lines = await visualLines(text, 'rtl');
    expect(lines.length).toBeGreaterThan(0);
    const all = lines.join('\n');
    expect(all).toContain('03-555-0147');
    expect(all).toContain('+972 54 555 0199');
  });
});

describe('a list of numbers is not a phone number', () => {
  it('scores in a Hebrew sentence keep the right-to-left order of separate numbers', async () => {
    const [line] = await visualLines('הציונים ירדו: 18 13 9 6', 'rtl');
    // Read right to left the numbers come as typed: 18 first (rightmost), 6 last (leftmost).
    expect(line).toContain('6 9 13 18');
  });
});
