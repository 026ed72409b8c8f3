/**
 * Right-to-left text through a real handout for a Hebrew-speaking client (export → stored bytes →
 * pdf.js glyph positions): on every line each word stands to the left of the word typed before it
 * (right of it for a Latin run), with every space kept, and typed names extract exactly.
 */
import { describe, expect, it } from 'vitest';
import { baselines, readPdf, visualWords, type PlacedGlyph } from '../pdf/pdf-reader';
import { typedOrder } from '../pdf/render-helpers';
import {
  ARABIC_SENTENCE,
  HEBREW_LONG,
  HEBREW_SENTENCE,
  MIXED_LINE,
  sampleChanges,
} from '../../core/handout-model/sample-session';

/** A Hebrew paragraph long enough to wrap over three or more lines. */
const LONG = `${HEBREW_LONG} ${HEBREW_LONG}`;
import { fromBase64, sampleVault } from './documents-helpers';

const strip = (w: string): string => w.replace(/[,.:]/g, '');
const HEBREW = /[\u0590-\u05ff]/u;

interface Line {
  y: number;
  words: { text: string; x: number; right: number }[];
  spaces: number[];
}

function linesOf(glyphs: PlacedGlyph[]): Line[] {
  return baselines(glyphs).map((y) => {
    const { words, spacesBetween } = visualWords(glyphs, y);
    return { y, words, spaces: spacesBetween };
  });
}

/** Checks one RTL line: words left to right are the typed words reversed, one space each, no overlap. */
function expectRtl(line: Line, typed: string[]): void {
  expect(line.words.map((w) => typedOrder(w.text))).toEqual([...typed].reverse());
  expect(line.spaces).toEqual(typed.slice(1).map(() => 1));
  for (let i = 1; i < line.words.length; i++)
    expect(line.words[i]!.x).toBeGreaterThan(line.words[i - 1]!.right);
}

describe('right-to-left text in a real handout', () => {
  it('Hebrew and Arabic sentences, a mixed line and a long Hebrew paragraph are in visual order', async () => {
    const changes = [
      ...sampleChanges(),
      { op: 'answer', itemId: 'closing-note', answer: { text: LONG } },
    ];
    const { h, session } = await sampleVault({
      client: { displayName: 'דנה לוי', language: 'he' },
      changes,
    });
    const doc = await h.call('documents.export', { sessionId: session.id, kind: 'handout' });
    const read = await readPdf(
      fromBase64((await h.call('documents.getPdf', { documentId: doc.id })).base64),
    );
    expect(read.text).toContain('דנה לוי');
    const all = read.pages.flatMap((p, page) => linesOf(p.glyphs).map((l) => ({ ...l, page })));
    const typed = (l: Line) => l.words.map((w) => typedOrder(w.text));
    const findLine = (words: string[]) =>
      all.find((l) => [...typed(l)].reverse().join(' ') === words.join(' '));

    for (const sentence of [HEBREW_SENTENCE, ARABIC_SENTENCE]) {
      const line = findLine(sentence.split(' '));
      expect(line, sentence).toBeDefined();
      expectRtl(line!, sentence.split(' '));
    }

    // Typed "Referral: דנה לוי, Tel Aviv" in a left-to-right paragraph: shown Referral: [לוי דנה], Tel Aviv.
    const mixed = all.find(
      (l) => strip(typedOrder(l.words[0]?.text ?? '')) === 'Referral' && l.words.length === 5,
    );
    expect(mixed, MIXED_LINE).toBeDefined();
    expect(mixed!.words.map((w) => strip(typedOrder(w.text)))).toEqual([
      'Referral',
      'לוי',
      'דנה',
      'Tel',
      'Aviv',
    ]);
    expect(mixed!.spaces).toEqual([1, 1, 1, 1]);

    // The long paragraph: consecutive all-Hebrew lines that together give the typed words.
    const words = LONG.split(' ');
    const start = all.findIndex(
      (l) =>
        l.words.length > 0 &&
        l.words.every((w) => HEBREW.test(w.text)) &&
        [...typed(l)].reverse()[0] === words[0],
    );
    expect(start).toBeGreaterThanOrEqual(0);
    let next = 0;
    let count = 0;
    for (let i = start; next < words.length && i < all.length; i++) {
      const lineWords = [...typed(all[i]!)].reverse();
      expectRtl(all[i]!, words.slice(next, next + lineWords.length));
      next += lineWords.length;
      count++;
    }
    expect(next).toBe(words.length);
    expect(count).toBeGreaterThanOrEqual(3);
  });
});
