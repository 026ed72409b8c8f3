/**
 * Contact lines in right-to-left documents: phone, e-mail and web address each read as one
 * left-to-right unit, the items follow each other from the right as typed (phone first, rightmost),
 * and no address is broken inside ("https:// / quietharbor.example"). Checked by glyph positions.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../core/document/blocks';
import { addressSpans, contactItems } from '../../../electron/services/pdf/no-break-spans';
import { baselines, readPdf, type PlacedGlyph } from './pdf-reader';
import { docOf, render } from './render-helpers';

const CONTACT = '+44 117 496 0000 · hello@quietharbor.example · https://quietharbor.example';

/** Each line's glyphs read left to right, as a reader's eye goes, and the glyphs themselves. */
async function lines(
  blocks: DocumentBlock[],
  lang: string,
): Promise<{ text: string[]; glyphs: PlacedGlyph[] }> {
  const read = await readPdf(await render(docOf(blocks, { direction: 'rtl', lang })));
  const glyphs = read.pages[0]?.glyphs ?? [];
  return {
    text: baselines(glyphs).map((y) =>
      glyphs
        .filter((g) => Math.abs(g.y - y) < 0.5)
        .sort((a, b) => a.x - b.x)
        .map((g) => g.text)
        .join(''),
    ),
    glyphs,
  };
}

/** The x of the first glyph of `word` on a line read left to right (the word as drawn). */
function xOf(line: string, word: string): number {
  const at = line.indexOf(word);
  expect(at, `"${word}" in "${line}"`).toBeGreaterThanOrEqual(0);
  return at;
}

describe('contact items in a right-to-left line', () => {
  it.each([
    ['he', 'יצירת קשר: '],
    ['ar', 'للتواصل معي: '],
    ['fa', 'تماس با من: '],
  ])('%s: phone, e-mail and web read from the right, each whole', async (lang, lead) => {
    const { text } = await lines([{ type: 'paragraph', text: lead + CONTACT }], lang);
    expect(text).toHaveLength(1);
    const line = text[0]!;
    for (const item of [
      '+44 117 496 0000',
      'hello@quietharbor.example',
      'https://quietharbor.example',
    ])
      expect(line).toContain(item);
    // Read from the right: the phone comes first (rightmost), then the e-mail, then the web address.
    expect(xOf(line, '+44')).toBeGreaterThan(xOf(line, 'hello@'));
    expect(xOf(line, 'hello@')).toBeGreaterThan(xOf(line, 'https://'));
  });

  it('a key–value row whose value wraps keeps each address whole, items in order from the right', async () => {
    const { text } = await lines(
      [
        {
          type: 'keyValue',
          rows: [
            { key: 'التاريخ', value: '14 مارس 2025' },
            { key: 'للتواصل', value: CONTACT },
          ],
        },
      ],
      'ar',
    );
    const all = text.join('\n');
    expect(all).toContain('https://quietharbor.example');
    expect(all).toContain('hello@quietharbor.example');
    const phoneLine = text.findIndex((l) => l.includes('+44 117 496 0000'));
    const webLine = text.findIndex((l) => l.includes('https://'));
    // The web address, last as typed, is on the phone's line to its left or on a later line.
    expect(
      webLine > phoneLine ||
        (webLine === phoneLine && xOf(text[phoneLine]!, 'https') < xOf(text[phoneLine]!, '+44')),
    ).toBe(true);
  });
});

describe('finding contact items', () => {
  it('e-mail and web addresses without trailing punctuation', () => {
    const text =
      'Write to hello@quietharbor.example, or see https://example.org/group. Or www.example.org!';
    expect(addressSpans(text).map(([a, b]) => text.slice(a, b))).toEqual([
      'hello@quietharbor.example',
      'https://example.org/group',
      'www.example.org',
    ]);
  });

  it('separators only between neighbouring items, not across words', () => {
    const text = `${CONTACT} or call 020 7946 0958`;
    const { items, separators } = contactItems(text);
    expect(items.map(([a, b]) => text.slice(a, b))).toEqual([
      '+44 117 496 0000',
      'hello@quietharbor.example',
      'https://quietharbor.example',
      '020 7946 0958',
    ]);
    expect(separators.map(([a, b]) => text.slice(a, b))).toEqual([' · ', ' · ']);
  });
});
