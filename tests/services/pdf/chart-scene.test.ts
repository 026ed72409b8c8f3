import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../core/chart/scene';
import { fromChartScene } from '../../../core/document/from-chart-scene';
import { chartTextMeasure } from '../../../electron/services/pdf/chart-text-measure';
import { measureChartBlock } from '../../../core/handout-model/charts';
import { PHQ9 } from '../../../core/measures';
import { docOf, FONTS_DIR, render } from './render-helpers';
import { readPdf } from './pdf-reader';

/** A role-based scene shaped like core/chart's output (invented data). */
const scene: Scene = {
  width: 400,
  height: 200,
  title: 'PHQ-9 over time',
  description: 'PHQ-9 fell from 18 (moderately severe) to 6 (mild) over four sessions.',
  elements: [
    { type: 'rect', role: 'plot-area', x: 40, y: 10, width: 350, height: 160 },
    { type: 'rect', role: 'band', x: 40, y: 10, width: 350, height: 60, concern: 1 },
    { type: 'line', role: 'cutoff', x1: 40, y1: 100, x2: 390, y2: 100, dashed: true },
    {
      type: 'polyline',
      role: 'series',
      points: [
        [60, 30],
        [160, 80],
        [260, 120],
        [370, 150],
      ],
    },
    { type: 'point', role: 'series-point', x: 60, y: 30, r: 3, label: '5 Jan 2025: 18' },
    {
      type: 'label',
      role: 'tick-label',
      x: 60,
      y: 180,
      text: '5 Jan',
      anchor: 'middle',
      baseline: 'top',
    },
    {
      type: 'label',
      role: 'band-label',
      x: 385,
      y: 20,
      text: 'שיא',
      anchor: 'end',
      baseline: 'top',
    },
  ],
  table: { caption: 'PHQ-9', columns: ['Date', 'Score'], rows: [['5 Jan 2025', '18']] },
};

describe('fromChartScene', () => {
  it('maps every element of a core/chart scene to a drawable shape', () => {
    const drawable = fromChartScene(scene);
    expect(drawable.rects).toHaveLength(2);
    expect(drawable.lines).toHaveLength(2);
    expect(drawable.lines?.[0]?.dashed).toBe(true);
    expect(drawable.points).toHaveLength(1);
    expect(drawable.labels?.map((l) => l.text)).toEqual(['5 Jan', 'שיא']);
    expect(drawable.description).toBe(scene.description);
  });

  it('renders inside a Figure with the description as alt text and the labels as text', async () => {
    const bytes = await render(docOf([{ type: 'chart', scene: fromChartScene(scene) }]));
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/Alt (PHQ-9 fell from 18');
    const read = await readPdf(bytes);
    expect(read.text).toContain('PHQ-9 over time');
    expect(read.text).toContain('5 Jan');
    expect(read.text).toContain('שיא');
  });
});

describe('a handout chart in the PDF', () => {
  it("draws its labels apart from each other, measured with the PDF's own widths", async () => {
    const scores = [
      ['2025-01-05', 18],
      ['2025-02-02', 12],
      ['2025-03-02', 6],
      ['2025-03-30', 7],
    ].map(([date, score], i) => ({
      id: `s${i}`,
      measureId: 'phq-9',
      date: String(date),
      score: Number(score),
    }));
    const measure = chartTextMeasure(FONTS_DIR);
    expect(measure('Mild', 10, false)).toBeGreaterThan(15);
    expect(measure('Mild', 10, false)).toBeLessThan(measure('Mild', 10, true));
    const block = measureChartBlock(PHQ9, scores, (d) => d, { bandNames: true }, measure);
    const read = await readPdf(await render(docOf([block])));
    const items = read.pages[0]!.items.filter((i) => i.str.trim() !== '' && i.y < 780 && i.y > 500);
    expect(items.map((i) => i.str)).toEqual(expect.arrayContaining(['6', '7', '18']));
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const p = items[a]!;
        const q = items[b]!;
        const overlapX = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
        const overlapY =
          Math.min(p.y + 0.75 * p.height, q.y + 0.75 * q.height) -
          Math.max(p.y - 0.2 * p.height, q.y - 0.2 * q.height);
        expect(overlapX > 0.5 && overlapY > 0.5, `"${p.str}" overlaps "${q.str}"`).toBe(false);
      }
    }
  });
});
