/**
 * Charts in Arabic, Hebrew and Persian PDFs, read back by glyph positions with pdf.js: the chart
 * title at the right, the value axis at the right, time reading from the right (first date
 * rightmost), the goal chart's legend and goal names at the right, read from the right.
 */
import { describe, expect, it } from 'vitest';
import { goalChartBlock, measureChartBlock } from '../../../core/handout-model/charts';
import { documentWords } from '../../../core/handout-i18n/document-words';
import { PHQ9 } from '../../../core/measures';
import { chartTextMeasure } from '../../../electron/services/pdf/chart-text-measure';
import { PAGE_SIZES, THEME } from '../../../electron/services/pdf/theme';
import { readPdf, type TextItem } from './pdf-reader';
import { docOf, FONTS_DIR, render } from './render-helpers';

/** A goal row with invented wording. */
function goal(text: string, start: number | null, now: number | null) {
  return { id: text, goal: text, start, now, clientWords: '', firstStep: '' };
}

const DATES = ['2024-09-02', '2024-11-04', '2025-01-13', '2025-03-10'];
const SCORES = [18, 13, 9, 6].map((score, i) => ({
  id: `s${i}`,
  measureId: 'phq-9',
  date: DATES[i]!,
  score,
}));
const GOALS = [goal('Sleep through the night', 2, 7), goal('Ольга: see friends', 1, 6)];
const RIGHT = PAGE_SIZES.A4[0] - THEME.margin.side;

function item(items: readonly TextItem[], text: string): TextItem {
  const found = items.find((i) => i.str === text);
  if (!found) throw new Error(`"${text}" not drawn; drawn: ${items.map((i) => i.str).join(' | ')}`);
  return found;
}

describe('charts on a right-to-left page are mirrored (glyph positions)', () => {
  it.each(['ar', 'he', 'fa'])('%s', async (lang) => {
    const words = documentWords(lang);
    const measure = chartTextMeasure(FONTS_DIR);
    const line = measureChartBlock(
      PHQ9,
      SCORES,
      (d) => d,
      { bandNames: true },
      measure,
      words.clientWords,
    );
    const goals = goalChartBlock(GOALS, words)!;
    const read = await readPdf(await render(docOf([line, goals], { lang, direction: 'rtl' })));
    const items = read.pages[0]!.items.filter((i) => i.str.trim() !== '');

    // The chart title ends at the right margin.
    const title = words.clientWords['client.measure.title'].replace('{measure}', 'PHQ-9');
    const titleItems = items.filter((i) => title.includes(i.str) && i.y > 700);
    expect(titleItems.length).toBeGreaterThan(0);
    expect(Math.max(...titleItems.map((i) => i.x + i.width))).toBeCloseTo(RIGHT, 0);

    // Time reads from the right: the first date rightmost, the last leftmost.
    const dates = DATES.map((d) => item(items, d));
    for (let i = 1; i < dates.length; i++) expect(dates[i]!.x).toBeLessThan(dates[i - 1]!.x);

    // The value axis stands at the right of the plot: its top value right of every score and of
    // every date's middle (the date under the first point).
    const top = items.find((i) => i.str === String(PHQ9.max) && i.y > 500)!;
    for (const score of SCORES.map((s) => item(items, String(s.score))))
      expect(top.x).toBeGreaterThan(score.x + score.width);
    for (const date of dates) expect(top.x).toBeGreaterThan(date.x + date.width / 2);

    // The goal chart: legend at the right, 'Start' read first (rightmost); goal names end at the right margin.
    const start = items.filter((i) => i.str === words.t('handout.goals.colStart'));
    const now = items.filter((i) => i.str === words.t('handout.goals.colNow'));
    const legendY = Math.max(...start.map((i) => i.y));
    const legendStart = start.find((i) => i.y === legendY)!;
    const legendNow = now.find((i) => Math.abs(i.y - legendY) < 1)!;
    expect(legendNow.x).toBeGreaterThan(PAGE_SIZES.A4[0] / 2);
    expect(legendStart.x).toBeGreaterThan(legendNow.x);
    for (const g of GOALS) {
      const name = items.filter((i) => g.goal.includes(i.str) && i.str.length > 3);
      expect(name.length, g.goal).toBeGreaterThan(0);
      expect(Math.max(...name.map((i) => i.x + i.width))).toBeCloseTo(RIGHT, 0);
    }
  });
});
