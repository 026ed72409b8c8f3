import { describe, expect, it } from 'vitest';
import {
  ARABIC_SENTENCE,
  HEBREW_LONG,
  HEBREW_SENTENCE,
  MIXED_LINE,
} from '../../fixtures/pdf/sample-documents';
import { baselines, readPdf, visualWords, type PlacedGlyph } from './pdf-reader';
import { docOf, render, typedOrder } from './render-helpers';
import { THEME } from '../../../electron/services/pdf/theme';
import { PAGE_SIZES } from '../../../electron/services/pdf/theme';

const RIGHT_EDGE = PAGE_SIZES.A4[0] - THEME.margin.side;
const strip = (w: string): string => w.replace(/[,.:]/g, '');

async function glyphsFor(text: string, direction: 'ltr' | 'rtl'): Promise<PlacedGlyph[]> {
  const read = await readPdf(
    await render(
      docOf([{ type: 'paragraph', text }], { direction, lang: direction === 'rtl' ? 'he' : 'en' }),
    ),
  );
  return read.pages[0]?.glyphs ?? [];
}

/** Checks one line: words left to right are the typed words reversed, one space between each, no overlap. */
function expectRtlLine(glyphs: PlacedGlyph[], y: number, typedWords: string[]): void {
  const { words, spacesBetween } = visualWords(glyphs, y);
  expect(words.map((w) => typedOrder(w.text))).toEqual([...typedWords].reverse());
  expect(spacesBetween).toEqual(typedWords.slice(1).map(() => 1));
  for (let i = 1; i < words.length; i++) expect(words[i]!.x).toBeGreaterThan(words[i - 1]!.right);
}

describe('right-to-left text in visual order (glyph positions)', () => {
  it('Hebrew sentence: each word left of the one before, spaces kept, right-aligned', async () => {
    const glyphs = await glyphsFor(HEBREW_SENTENCE, 'rtl');
    const [y] = baselines(glyphs);
    expectRtlLine(glyphs, y!, HEBREW_SENTENCE.split(' '));
    const { words } = visualWords(glyphs, y!);
    expect(words.at(-1)!.right).toBeCloseTo(RIGHT_EDGE, 0);
  });

  it('Arabic sentence: each word left of the one before, spaces kept', async () => {
    const glyphs = await glyphsFor(ARABIC_SENTENCE, 'rtl');
    const [y] = baselines(glyphs);
    expectRtlLine(glyphs, y!, ARABIC_SENTENCE.split(' '));
  });

  it('mixed line in a left-to-right paragraph: Hebrew run reversed, Latin runs left to right', async () => {
    const glyphs = await glyphsFor(MIXED_LINE, 'ltr');
    const [y] = baselines(glyphs);
    const { words, spacesBetween } = visualWords(glyphs, y!);
    // Typed: Referral: דנה לוי, Tel Aviv → shown: Referral: [לוי דנה], Tel Aviv
    expect(words.map((w) => strip(typedOrder(w.text)))).toEqual([
      'Referral',
      'לוי',
      'דנה',
      'Tel',
      'Aviv',
    ]);
    expect(spacesBetween).toEqual([1, 1, 1, 1]);
    expect(words[0]!.x).toBeCloseTo(THEME.margin.side, 0);
  });

  it('the same mixed line in a right-to-left paragraph keeps the Latin words left to right', async () => {
    const glyphs = await glyphsFor(MIXED_LINE, 'rtl');
    const [y] = baselines(glyphs);
    const { words } = visualWords(glyphs, y!);
    // RTL base: the Latin runs "Referral:" and "Tel Aviv" stand on the right and left ends.
    expect(words.map((w) => strip(typedOrder(w.text)))).toEqual([
      'Tel',
      'Aviv',
      'לוי',
      'דנה',
      'Referral',
    ]);
    expect(words.at(-1)!.right).toBeCloseTo(RIGHT_EDGE, 0);
  });

  it('a Hebrew paragraph wrapped over three or more lines: every line right to left, right-aligned, no word lost', async () => {
    const long = `${HEBREW_LONG} ${HEBREW_LONG}`;
    const glyphs = await glyphsFor(long, 'rtl');
    const ys = baselines(glyphs);
    expect(ys.length).toBeGreaterThanOrEqual(3);
    const typed = long.split(' ');
    let next = 0;
    for (const y of ys) {
      const { words } = visualWords(glyphs, y);
      const lineWords = words.map((w) => typedOrder(w.text)).reverse();
      expectRtlLine(glyphs, y, typed.slice(next, next + lineWords.length));
      next += lineWords.length;
      expect(words.at(-1)!.right).toBeCloseTo(RIGHT_EDGE, 0);
      expect(words[0]!.x).toBeGreaterThanOrEqual(THEME.margin.side - 0.5);
    }
    expect(next).toBe(typed.length);
  });
});
