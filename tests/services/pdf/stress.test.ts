import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  inflatedStreams,
  markedContentBalanced,
  pdfUnicodeLiteral,
  readPdf,
  type PdfRead,
} from './pdf-reader';
import { docOf, render } from './render-helpers';
import { PAGE_SIZES, THEME } from '../../../electron/services/pdf/theme';

const OUT = 'test-results/pdfs';
const noSpace = (s: string): string => s.replace(/\s+/g, '');

/** Text items on a page must not overlap (boxes from baseline, width and height). */
function expectNoOverlap(read: PdfRead): void {
  for (const page of read.pages) {
    const boxes = page.items
      .filter((i) => i.str.trim() !== '')
      .map((i) => ({
        s: i.str,
        x0: i.x,
        x1: i.x + i.width,
        y0: i.y - 0.2 * i.height,
        y1: i.y + 0.75 * i.height,
      }));
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        const overlapX = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
        const overlapY = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
        expect(overlapX > 0.5 && overlapY > 0.5, `"${p.s}" overlaps "${q.s}"`).toBe(false);
      }
    }
  }
}

/** Every glyph lies inside the text column (nothing drawn past the margins). */
function expectInsideColumn(read: PdfRead): void {
  const [w] = PAGE_SIZES.A4;
  for (const page of read.pages) {
    for (const g of page.glyphs) {
      expect(g.x).toBeGreaterThanOrEqual(THEME.margin.side - 0.5);
      expect(g.x + g.width).toBeLessThanOrEqual(w - THEME.margin.side + 0.5);
    }
  }
}

function save(name: string, bytes: Uint8Array): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.pdf`, bytes);
}

describe('stress', () => {
  it('a 10,000-character note: valid, every character extracted, nothing overlapping or outside the column', async () => {
    const sentence =
      'Zoë noticed that walking after dinner helped her sleep; Анастасия suggested writing three lines each evening. ';
    const note = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    const bytes = await render(
      docOf(
        [
          { type: 'heading', level: 2, text: 'Notes' },
          { type: 'paragraph', text: note },
        ],
        { pageLabel: 'Page {page} of {total}' },
      ),
    );
    save('stress-long-note', bytes);
    const read = await readPdf(bytes);
    expect(read.numPages).toBeGreaterThan(2);
    const extracted = noSpace(read.text.replace(/Page \d+ of \d+/g, ''));
    expect(extracted.includes(noSpace(note)), 'the whole note, in order, minus white space').toBe(
      true,
    );
    expect(read.text).toContain(`Page ${read.numPages} of ${read.numPages}`);
    // A paragraph continued over pages keeps its marked content balanced on every page.
    const balanced = markedContentBalanced(bytes);
    expect(balanced.length).toBe(read.numPages);
    expect(balanced.every(Boolean)).toBe(true);
    expectNoOverlap(read);
    expectInsideColumn(read);
  });

  it('200 list items in several scripts: all present, in order, no overlap', async () => {
    const items = Array.from(
      { length: 200 },
      (_, i) =>
        `Goal ${i + 1}: ${['walk with Ελπίδα', 'call דנה לוי', 'تمرين التنفس', '和王小明一起散步'][i % 4]}`,
    );
    const bytes = await render(
      docOf([{ type: 'list', items }], { pageLabel: 'Page {page} of {total}' }),
    );
    save('stress-200-items', bytes);
    const read = await readPdf(bytes);
    const text = read.text;
    let at = -1;
    for (const item of items.filter((s) => !/[\u0590-\u08ff]/u.test(s))) {
      const next = text.indexOf(item, at + 1);
      expect(next, item).toBeGreaterThan(at);
      at = next;
    }
    for (const rtl of ['דנה לוי', 'تمرين التنفس']) expect(text.split(rtl).length - 1).toBe(50);
    expectNoOverlap(read);
  });

  it('emoji with zero-width joiners: no crash, every sequence drawn and extracted whole; characters no face has shown and kept as ActualText', async () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    const text = `Proud of us ${family} and of me 😀 ❤️ 👍🏽 done`;
    const mro = '\u{16A40}';
    const bytes = await render(
      docOf([
        { type: 'paragraph', text },
        { type: 'paragraph', text: `Mro ${mro}` },
      ]),
    );
    save('stress-emoji', bytes);
    const read = await readPdf(bytes);
    expect(read.text).toContain(text);
    // Missing glyphs become a visible replacement character, never silently nothing.
    expect(read.text.split('\uFFFD').length - 1).toBe(1);
    expect(inflatedStreams(bytes)).toContain(`/ActualText ${pdfUnicodeLiteral(mro)}`);
  });

  it('a 300-character word is broken over lines, never cut off', async () => {
    const word = 'Selbstfürsorgeübungsplan'.repeat(13).slice(0, 300);
    const bytes = await render(docOf([{ type: 'paragraph', text: `Before ${word} after` }]));
    save('stress-long-word', bytes);
    const read = await readPdf(bytes);
    expect(noSpace(read.text)).toContain(`Before${word}after`);
    expect(read.pages[0]!.items.filter((i) => i.str.trim()).length).toBeGreaterThanOrEqual(3);
    expectInsideColumn(read);
    expectNoOverlap(read);
  });
});
