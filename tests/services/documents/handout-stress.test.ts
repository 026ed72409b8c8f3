/**
 * Stress through the real handout model and PDF engine: a 10,000-character note, 200 goals, emoji
 * with zero-width joiners and a 300-character word give a valid PDF with nothing cut, nothing
 * outside the column and no text overlapping. Writes test-results/pdfs/handout-stress.pdf (and PNG
 * pages where pdftoppm exists) to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoalRow } from '../../../core/checklist/answer-schema';
import { buildHandout } from '../../../core/handout-model/handout';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { PAGE_SIZES, THEME } from '../../../electron/services/pdf/theme';
import { readPdf, type PdfRead } from '../pdf/pdf-reader';
import { sampleSource } from '../../core/handout-model/source-fixture';

const OUT = 'test-results/pdfs';
const noSpace = (s: string): string => s.replace(/\s+/g, '');

function expectNoOverlap(read: PdfRead): void {
  for (const [n, page] of read.pages.entries()) {
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
        const overlap =
          Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0) > 0.5 &&
          Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0) > 0.5;
        expect(overlap, `page ${n + 1}: "${p.s}" overlaps "${q.s}"`).toBe(false);
      }
    }
  }
}

function expectInsideColumn(read: PdfRead): void {
  const [w] = PAGE_SIZES.A4;
  for (const page of read.pages) {
    for (const g of page.glyphs) {
      expect(g.x).toBeGreaterThanOrEqual(THEME.margin.side - 0.5);
      expect(g.x + g.width).toBeLessThanOrEqual(w - THEME.margin.side + 0.5);
    }
  }
}

describe('stress through a real handout', () => {
  it('long note, 200 goals, ZWJ emoji, a 300-character word: valid, complete, nothing cut or overlapping', async () => {
    const sentence =
      'Zoë noticed that walking after dinner helped her sleep; Анастасия suggested writing three lines each evening. ';
    const note = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    const word = 'Ελπίδα'.repeat(50);
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    const goals: GoalRow[] = Array.from({ length: 200 }, (_, i) => ({
      id: `g${i}`,
      goal: `Goal ${i + 1}: ${['walk with Ελπίδα', 'call Анастасия', 'sleep by eleven', '和王小明一起散步'][i % 4]}`,
      start: i % 11,
      now: (i + 3) % 11,
      clientWords: i % 10 === 0 ? `Proud ${family} 👍🏽` : '',
      firstStep: '',
    }));
    const base = sampleSource();
    const content = structuredClone(base.content);
    content.answers['goals'] = { ...content.answers['goals'], goals };
    content.answers['closing-note'] = { text: note };
    content.answers['what-helped'] = { text: `One word: ${word} and emoji ${family} ❤️ done.` };
    const bytes = await renderDocument(buildHandout({ ...base, content }), {
      fontsDir: resolve('resources/fonts'),
    });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/handout-stress.pdf`, bytes);
    try {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        `${OUT}/handout-stress.pdf`,
        `${OUT}/handout-stress`,
      ]);
    } catch {
      // pdftoppm is optional: the PNG pages are for looking at, not for the assertions.
    }
    const read = await readPdf(bytes);
    expect(read.numPages).toBeGreaterThan(6);
    const flat = noSpace(read.text.replace(/Page \d+ of \d+/g, ''));
    expect(flat.includes(noSpace(note)), 'the whole note, in order').toBe(true);
    expect(flat.includes(word), 'the 300-character word, unbroken in extraction order').toBe(true);
    for (const g of goals) if (!/王/.test(g.goal)) expect(read.text).toContain(g.goal);
    expect(read.text.split('和王小明一起散步').length - 1).toBeGreaterThanOrEqual(50);
    expect(read.text).toContain(`Page ${read.numPages} of ${read.numPages}`);
    expectNoOverlap(read);
    expectInsideColumn(read);
  });
});
