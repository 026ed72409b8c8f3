/**
 * The first page of the Arabic sample handout read with poppler's pdftotext: every word as drawn,
 * none run together with the next and none split. pdftotext sets right-to-left lines in typed
 * order wrapped in bidi controls (RLE … PDF, with LRE … PDF around left-to-right stretches); it
 * files a space next to a number or a Latin word on the wrong side of it in the typed order, but
 * shows the line right once the controls are applied. So its lines are compared as shown: the
 * controls applied, split into words, against the words drawn on the page (glyph positions).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHandout } from '../../../core/handout-model';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { chartTextMeasure } from '../../../electron/services/pdf/chart-text-measure';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { sampleCrisisLines } from '../../core/handout-model/sample-session';
import { baselines, readPdf, type PlacedGlyph } from '../pdf/pdf-reader';

const run = promisify(execFile);
const FONTS = resolve('resources/fonts');
const dir = mkdtempSync(join(tmpdir(), 'handout-pdftotext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LRE = '\u202a';
const RLE = '\u202b';
const POP = '\u202c';

/**
 * A pdftotext line of a right-to-left page as shown, left to right: its stretches in reverse order,
 * right-to-left stretches reversed, left-to-right ones (between LRE and PDF) as they are.
 */
function shown(line: string): string {
  const inner = line.startsWith(RLE) ? line.slice(1, line.endsWith(POP) ? -1 : undefined) : line;
  const pieces: string[] = [];
  let rest = inner;
  while (rest.length > 0) {
    if (rest.startsWith(LRE)) {
      const end = rest.indexOf(POP);
      pieces.push(rest.slice(1, end < 0 ? undefined : end));
      rest = end < 0 ? '' : rest.slice(end + 1);
    } else {
      const end = rest.indexOf(LRE);
      const rtl = end < 0 ? rest : rest.slice(0, end);
      pieces.push([...rtl].reverse().join(''));
      rest = end < 0 ? '' : rest.slice(end);
    }
  }
  return pieces.reverse().join('');
}

/** Words drawn on the page, each read left to right: glyphs of a baseline split at spaces and gaps. */
function drawnWords(glyphs: readonly PlacedGlyph[]): string[] {
  const words: string[] = [];
  for (const y of baselines(glyphs)) {
    const line = glyphs.filter((g) => Math.abs(g.y - y) < 0.5).sort((a, b) => a.x - b.x);
    let word = '';
    let right = -Infinity;
    for (const g of line) {
      const gap = g.x - right > 1.5;
      if (g.text.trim() === '' || gap) {
        if (word) words.push(word);
        word = '';
      }
      if (g.text.trim() !== '') word += g.text;
      right = g.x + g.width;
    }
    if (word) words.push(word);
  }
  return words;
}

describe('Arabic sample handout read with pdftotext', () => {
  it('page 1: the words pdftotext shows are the words drawn, none run together', async () => {
    const base = sampleSource({ crisisLines: sampleCrisisLines() });
    const source = {
      ...base,
      client: { ...base.client, language: 'ar', direction: 'rtl' as const },
    };
    const bytes = await renderDocument(
      buildHandout(source, { chartText: chartTextMeasure(FONTS) }),
      { fontsDir: FONTS },
    );
    const file = join(dir, 'handout-ar.pdf');
    writeFileSync(file, bytes);
    const { stdout } = await run('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-']);
    const fromPdftotext = stdout
      .split('\n')
      .map(shown)
      .flatMap((l) => l.split(/\s+/))
      .filter(Boolean);
    const drawn = drawnWords((await readPdf(bytes)).pages[0]!.glyphs);
    expect(drawn.length).toBeGreaterThan(100);
    expect([...fromPdftotext].sort()).toEqual([...drawn].sort());
  });
});
