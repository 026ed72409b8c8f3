import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalBarsChart, measureLineChart, type Scene, type SceneElement } from '../../core/chart';
import { GAD7, ORS_PRESET, PHQ9, type MeasureScore } from '../../core/measures';
import type { GoalRow } from '../../core/checklist';

const W = 480;
const H = 240;
const s = (id: string, date: string, score: number, measureId = 'phq-9'): MeasureScore => ({
  id,
  measureId,
  date,
  score,
});
const of = <T extends SceneElement['type']>(scene: Scene, type: T) =>
  scene.elements.filter((e): e is Extract<SceneElement, { type: T }> => e.type === type);

function inside(scene: Scene): void {
  for (const e of scene.elements) {
    const xs =
      e.type === 'line'
        ? [e.x1, e.x2]
        : e.type === 'polyline'
          ? e.points.map((p) => p[0])
          : [e.x, e.type === 'rect' ? e.x + e.width : e.x];
    const ys =
      e.type === 'line'
        ? [e.y1, e.y2]
        : e.type === 'polyline'
          ? e.points.map((p) => p[1])
          : [e.y, e.type === 'rect' ? e.y + e.height : e.y];
    for (const v of xs)
      expect(v >= 0 && v <= scene.width, `x ${v} in ${e.type}/${e.role}`).toBe(true);
    for (const v of ys)
      expect(v >= 0 && v <= scene.height, `y ${v} in ${e.type}/${e.role}`).toBe(true);
    if (e.type === 'rect') expect(e.width >= 0 && e.height >= 0).toBe(true);
  }
}

describe('measure line chart', () => {
  const scores = [
    s('b', '2025-03-01', 11),
    s('a', '2025-01-05', 16),
    s('c', '2025-04-20', 4),
    s('g', '2025-01-05', 12, 'gad-7'),
  ];
  const scene = measureLineChart(PHQ9, scores, { width: W, height: H, formatDate: (d) => `D${d}` });

  it('has an accessible title, description and data table for this measure only', () => {
    expect(scene.title).toBe('PHQ-9 (depression) over time');
    expect(scene.description).toContain('3 PHQ-9 scores from D2025-01-05 to D2025-04-20');
    expect(scene.description).toContain('started at 16 (moderately severe) and is now 4 (minimal)');
    expect(scene.description).toMatch(/improved by 12 points/);
    expect(scene.description).toMatch(/in remission/);
    expect(scene.table).toEqual({
      caption: 'PHQ-9 scores',
      columns: ['Date', 'Score', 'Severity'],
      rows: [
        ['D2025-01-05', '16', 'Moderately severe'],
        ['D2025-03-01', '11', 'Moderate'],
        ['D2025-04-20', '4', 'Minimal'],
      ],
    });
  });

  it('shades every band, stacked without gaps from the bottom of the plot to the top', () => {
    const bands = of(scene, 'rect').filter((r) => r.role === 'band');
    expect(bands).toHaveLength(5);
    const plot = of(scene, 'rect').find((r) => r.role === 'plot-area')!;
    const sorted = [...bands].sort((a, b) => b.y - a.y);
    expect(sorted[0]!.y + sorted[0]!.height).toBeCloseTo(plot.y + plot.height, 1);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.y + sorted[i]!.height).toBeCloseTo(sorted[i - 1]!.y, 1);
    expect(sorted.at(-1)!.y).toBeCloseTo(plot.y, 1);
    // Lower is better: the top band (Severe) is the most concerning.
    expect(sorted.map((b) => b.concern)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('places points in date order and higher scores higher up, with time to scale', () => {
    const pts = of(scene, 'point');
    expect(pts.map((p) => p.label)).toEqual([
      'D2025-01-05: 16, Moderately severe',
      'D2025-03-01: 11, Moderate',
      'D2025-04-20: 4, Minimal',
    ]);
    expect(pts[0]!.x).toBeLessThan(pts[1]!.x);
    expect(pts[1]!.x).toBeLessThan(pts[2]!.x);
    expect(pts[0]!.y).toBeLessThan(pts[1]!.y);
    const gap1 = pts[1]!.x - pts[0]!.x; // 55 days
    const gap2 = pts[2]!.x - pts[1]!.x; // 50 days
    expect(gap1 / gap2).toBeCloseTo(55 / 50, 2);
    expect(of(scene, 'polyline')[0]?.points).toEqual(pts.map((p) => [p.x, p.y]));
    expect(of(scene, 'line').filter((l) => l.role === 'cutoff')).toHaveLength(1);
    inside(scene);
  });

  it('centres a single score and shows a note when there are none', () => {
    const one = measureLineChart(GAD7, [s('a', '2025-01-01', 9, 'gad-7')], { width: W, height: H });
    const p = of(one, 'point')[0]!;
    expect(p.x).toBeCloseTo(36 + (W - 12 - 36) / 2, 1);
    expect(of(one, 'polyline')).toHaveLength(0);
    expect(one.description).toBe('One GAD-7 score: 9 (mild) on 2025-01-01.');
    const none = measureLineChart(GAD7, [], { width: W, height: H });
    expect(of(none, 'point')).toHaveLength(0);
    expect(none.description).toMatch(/No GAD-7 scores/);
    expect(of(none, 'label').some((l) => l.role === 'note')).toBe(true);
    inside(none);
  });

  it('reverses concern for a higher-is-better measure', () => {
    const ors = measureLineChart(
      ORS_PRESET,
      [s('a', '2025-01-01', 18, 'ors'), s('b', '2025-02-01', 31.5, 'ors')],
      { width: W, height: H },
    );
    const bands = of(ors, 'rect').filter((r) => r.role === 'band');
    expect(bands.map((b) => b.concern)).toEqual([1, 0]); // the clinical range (low scores) is the concerning one
    expect(ors.description).toContain('where higher is better');
    expect(ors.description).toMatch(/improved by 13\.5 points/);
  });

  it('stays inside its box and labels at most six dates, for any scores and size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 2000 }),
            score: fc.integer({ min: 0, max: 27 }),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 120, max: 1200 }),
        fc.integer({ min: 80, max: 600 }),
        (raw, width, height) => {
          const list = raw.map((r, i) =>
            s(`s${i}`, new Date(Date.UTC(2020, 0, 1 + r.day)).toISOString().slice(0, 10), r.score),
          );
          const sc = measureLineChart(PHQ9, list, { width, height });
          inside(sc);
          expect(sc.table.rows).toHaveLength(list.length);
          expect(of(sc, 'point')).toHaveLength(list.length);
          const dateLabels = of(sc, 'label').filter(
            (l) => l.role === 'tick-label' && l.baseline === 'top',
          );
          expect(dateLabels.length).toBeLessThanOrEqual(6);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('goal bars chart', () => {
  const goal = (id: string, text: string, start: number | null, now: number | null): GoalRow => ({
    id,
    goal: text,
    start,
    now,
    clientWords: '',
    firstStep: '',
  });
  const goals = [
    goal('a', 'Sleep through the night', 2, 7),
    goal('b', 'العودة إلى العمل', 5, 5),
    goal('c', '  ', 1, 2),
    goal('d', 'Call friends weekly', null, 6),
  ];
  const scene = goalBarsChart(goals, { width: W, height: H });

  it('draws start and now bars proportional to the 0–10 ratings, skipping blank goals', () => {
    const bars = of(scene, 'rect')
      .filter((r) => r.role === 'bar-start' || r.role === 'bar-now')
      .filter((r) => r.label !== 'Start' && r.label !== 'Now');
    expect(bars.map((b) => `${b.role}:${b.label}`)).toEqual([
      'bar-start:Sleep through the night, start: 2 out of 10',
      'bar-now:Sleep through the night, now: 7 out of 10',
      'bar-start:العودة إلى العمل, start: 5 out of 10',
      'bar-now:العودة إلى العمل, now: 5 out of 10',
      'bar-now:Call friends weekly, now: 6 out of 10',
    ]);
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(7 / 2, 2);
    expect(bars[2]!.width).toBe(bars[3]!.width);
    expect(bars[0]!.x).toBe(bars[1]!.x);
    expect(bars[0]!.y).toBeLessThan(bars[1]!.y);
    expect(bars[2]!.y).toBeGreaterThan(bars[1]!.y);
    inside(scene);
  });

  it('describes every goal in words and as a table', () => {
    expect(scene.description).toBe(
      '3 goals, each rated from 0 to 10. Sleep through the night: from 2 to 7 (up 5). العودة إلى العمل: from 5 to 5 (no change). Call friends weekly: from not rated to 6.',
    );
    expect(scene.table.rows).toEqual([
      ['Sleep through the night', '2', '7', 'up 5'],
      ['العودة إلى العمل', '5', '5', 'no change'],
      ['Call friends weekly', 'not rated', '6', ''],
    ]);
  });

  it('handles no goals, and any goals at any size stay in the box', () => {
    const none = goalBarsChart([], { width: W, height: H });
    expect(none.description).toBe('No goals have been rated yet.');
    inside(none);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.option(fc.integer({ min: 0, max: 10 })),
            now: fc.option(fc.integer({ min: 0, max: 10 })),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 120, max: 900 }),
        (rows, width, height) => {
          const sc = goalBarsChart(
            rows.map((r, i) => goal(`g${i}`, `Goal ${i}`, r.start, r.now)),
            { width, height },
          );
          inside(sc);
          expect(sc.table.rows).toHaveLength(rows.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
