import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFontSet } from '../../../electron/services/pdf/font-set';
import {
  layoutParagraph,
  type LaidParagraph,
} from '../../../electron/services/pdf/paragraph-layout';
import { FONTS_DIR } from './render-helpers';

const fonts = openFontSet(FONTS_DIR);
const lay = (text: string, width: number): LaidParagraph =>
  layoutParagraph(
    [{ text, style: 'regular' }],
    width,
    { size: 11, lineHeight: 1.5, direction: 'ltr', align: 'start' },
    fonts,
  );
const drawn = (p: LaidParagraph) => p.lines.map((l) => l.runs.map((r) => r.drawText).join(''));
const typed = (p: LaidParagraph) => p.lines.map((l) => l.runs.map((r) => r.typed).join(''));

describe('line breaking follows the Unicode algorithm (UAX #14)', () => {
  it('breaks at a zero-width space (which has no width)', () => {
    const text = 'Selbstfürsorge\u200bundachtsamkeit\u200bimalltag';
    const p = lay(text, 110);
    expect(p.lines.length).toBeGreaterThan(1);
    expect(typed(p).join('')).toBe(text);
    expect(drawn(p)[0]?.replace('\u200b', '')).toBe('Selbstfürsorge');
    expect(lay('a\u200bb', 600).lines[0]?.width).toBeCloseTo(
      lay('ab', 600).lines[0]?.width ?? 0,
      3,
    );
  });

  it('breaks at a soft hyphen with a visible hyphen, extracted as the soft hyphen; no hyphen inside a line', () => {
    const text = 'Zusammen\u00adarbeit mit Fach\u00adleuten und Selbst\u00adhilfe\u00adgruppen';
    const narrow = lay(text, 75);
    const ends = narrow.lines.slice(0, -1).map((l) => l.runs.at(-1));
    expect(ends.some((run) => run?.drawText === '-' && run.actualText === '\u00ad')).toBe(true);
    expect(typed(narrow).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    const wide = lay(text, 600);
    expect(wide.lines).toHaveLength(1);
    expect(drawn(wide)[0]).not.toMatch(/[-\u00ad]/);
    for (const line of narrow.lines) expect(line.width).toBeLessThanOrEqual(75.01);
  });

  it('breaks after a tab', () => {
    const p = lay('Morning\tevening\tweekends', 60);
    expect(p.lines.length).toBeGreaterThan(1);
  });

  it('keeps phone numbers whole and never starts a CJK line with closing punctuation, at any width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 300 }), (width) => {
        const p = lay(
          'Call (503) 555-0147 or 1-866-488-7386 — 王小明学会了照顾自己，也学会了求助。',
          width,
        );
        const lines = typed(p);
        expect(lines.some((l) => l.includes('(503) 555-0147')) || width < 90).toBe(true);
        for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/u);
      }),
      { numRuns: 40 },
    );
  });
});
