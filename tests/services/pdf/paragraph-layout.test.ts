import { describe, expect, it } from 'vitest';
import { openFontSet } from '../../../electron/services/pdf/font-set';
import {
  layoutParagraph,
  type LaidParagraph,
} from '../../../electron/services/pdf/paragraph-layout';
import { visualOrder } from '../../../electron/services/pdf/bidi';
import { FONTS_DIR } from './render-helpers';

const fonts = openFontSet(FONTS_DIR);
const style = { size: 11, lineHeight: 1.5, direction: 'ltr' as const, align: 'start' as const };
const lay = (
  text: string,
  width: number,
  over: Partial<typeof style> | { direction: 'rtl' | 'auto' } = {},
): LaidParagraph =>
  layoutParagraph([{ text, style: 'regular' }], width, { ...style, ...over }, fonts);
const typedLines = (p: LaidParagraph): string[] =>
  p.lines.map((l) => l.runs.map((r) => r.typed).join(''));

describe('layoutParagraph', () => {
  it('wraps at spaces and keeps every character (spaces at breaks become line ends)', () => {
    const text = 'Small steps, taken often, add up to a real change over time.';
    const p = lay(text, 120);
    expect(p.lines.length).toBeGreaterThan(1);
    expect(typedLines(p).join(' ')).toBe(text);
    for (const line of p.lines) expect(line.width).toBeLessThanOrEqual(120.01);
  });

  it('breaks CJK text between characters, never overflowing', () => {
    const text = '王小明在这段时间里学会了照顾自己，也学会了向朋友求助。'.repeat(3);
    const p = lay(text, 100);
    expect(p.lines.length).toBeGreaterThan(3);
    expect(typedLines(p).join('')).toBe(text);
    for (const line of p.lines) expect(line.width).toBeLessThanOrEqual(100.01);
    // No line starts with closing punctuation.
    for (const line of typedLines(p).slice(1)) expect(line).not.toMatch(/^[，。]/u);
  });

  it('breaks a word longer than the line into pieces instead of cutting it off', () => {
    const word = 'Ørsted'.repeat(50);
    const p = lay(word, 150);
    expect(p.lines.length).toBeGreaterThan(5);
    expect(typedLines(p).join('')).toBe(word);
    for (const line of p.lines) expect(line.width).toBeLessThanOrEqual(150.01);
  });

  it('right-aligns right-to-left paragraphs and left-aligns left-to-right ones', () => {
    const rtl = lay('אני גאה בדרך שעשיתי', 300, { direction: 'rtl' });
    const line = rtl.lines[0]!;
    const right = Math.max(...line.runs.map((r) => r.x + r.width));
    expect(right).toBeCloseTo(300, 5);
    expect(rtl.rtl).toBe(true);
    const ltr = lay('Referral: דנה לוי, Tel Aviv', 300);
    expect(Math.min(...ltr.lines[0]!.runs.map((r) => r.x))).toBe(0);
  });

  it('splits runs by glyph coverage: Latin in DejaVu, Chinese in Noto Sans SC', () => {
    const p = lay('Hello 王小明 again', 400);
    expect(p.lines[0]!.runs.map((r) => [r.typed, r.face])).toEqual([
      ['Hello ', 'sans'],
      ['王小明', 'cjk'],
      [' again', 'sans'],
    ]);
  });

  it('draws a placeholder for characters no face has, keeping the typed text for ActualText', () => {
    const mro = '\u{16A40}';
    const p = lay(`We ${mro} 😀`, 400);
    const runs = p.lines[0]!.runs;
    const missing = runs.filter((r) => r.missing);
    expect(missing.map((r) => r.typed)).toEqual([mro]);
    expect(missing[0]!.drawText).toBe('\uFFFD');
    expect(runs.some((r) => !r.missing && r.typed.includes('😀'))).toBe(true);
  });

  it('sets an emoji sequence in the emoji face as one run, whole', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    const runs = lay(`We ${family}👍🏽 ok`, 400).lines[0]!.runs;
    expect(runs.filter((r) => r.face === 'emoji').map((r) => r.typed)).toEqual([`${family}👍🏽`]);
    expect(runs.some((r) => r.missing)).toBe(false);
  });

  it('keeps hard line breaks and blank lines', () => {
    const p = lay('one\n\nthree', 400);
    expect(typedLines(p)).toEqual(['one', '', 'three']);
  });

  it('reorders runs visually (UAX #9 rule L2)', () => {
    expect(visualOrder(['a', 'b', 'c', 'd'], (x) => ({ a: 0, b: 1, c: 1, d: 0 })[x]!)).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    expect(visualOrder(['x', 'y', '1', 'z'], (x) => ({ x: 1, y: 1, '1': 2, z: 1 })[x]!)).toEqual([
      'z',
      '1',
      'y',
      'x',
    ]);
  });
});
