/**
 * Charts on a right-to-left page (Arabic, Hebrew, Persian handouts) are drawn mirrored: checked on
 * the computed geometry of the PDF's own chart scenes — time reads from the right, the value axis
 * and its labels stand at the right, bars grow from the right, the legend is at the right, and no
 * label overlaps another label, a data point or the data line.
 */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, segmentCrossesBox, type Box, type TextMeasure } from '../../core/chart';
import type { ChartLabel, ChartScene } from '../../core/document/chart-scene';
import { mirrorChartScene } from '../../core/document/mirror-chart-scene';
import { goalChartBlock, measureChartBlock } from '../../core/handout-model/charts';
import { documentWords } from '../../core/handout-i18n/document-words';
import { GAD7, PHQ9, type MeasureDefinition } from '../../core/measures';

/** A goal row with invented wording. */
function goal(text: string, start: number | null, now: number | null) {
  return { id: text, goal: text, start, now, clientWords: '', firstStep: '' };
}

/** A narrower measure than the estimate (like a real font). */
const narrow: TextMeasure = (text, size, bold) => [...text].length * size * (bold ? 0.62 : 0.56);

const DATES = ['2024-09-02', '2024-11-04', '2025-01-13', '2025-03-10'];

function scores(def: MeasureDefinition, values: readonly number[]) {
  return values.map((score, i) => ({
    id: `${def.id}-${i}`,
    measureId: def.id,
    date: DATES[i]!,
    score,
  }));
}

const SERIES: readonly [MeasureDefinition, readonly number[]][] = [
  [PHQ9, [18, 13, 9, 6]],
  [GAD7, [15, 11, 8, 5]],
  [PHQ9, [6, 7, 6, 5]],
  [GAD7, [21, 20, 2, 0]],
];

const LANGS = ['ar', 'he', 'fa'] as const;

/** The box a drawn label's glyphs take (the PDF draws at baseline y, size in scene units). */
function boxOf(label: ChartLabel, measure: TextMeasure): Box {
  const size = label.size ?? 10;
  const w = measure(label.text, size, label.bold ?? false);
  const anchor = label.anchor ?? 'start';
  const x0 = anchor === 'start' ? label.x : anchor === 'end' ? label.x - w : label.x - w / 2;
  return [x0, label.y - 0.8 * size, x0 + w, label.y + 0.22 * size];
}

/** Every overlap in a scene: label on label, label on a data point, label on the data line. */
function collisions(scene: ChartScene, measure: TextMeasure): string[] {
  const labels = scene.labels ?? [];
  const boxes = labels.map((l) => boxOf(l, measure));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    boxes.forEach((b, j) => {
      if (j > i && boxesOverlap(a, b)) found.push(`"${labels[i]!.text}" on "${labels[j]!.text}"`);
    });
    for (const p of scene.points ?? []) {
      const r = p.radius ?? 3;
      if (boxesOverlap(a, [p.x - r, p.y - r, p.x + r, p.y + r]))
        found.push(`"${labels[i]!.text}" on point ${p.x},${p.y}`);
    }
    for (const line of scene.lines ?? []) {
      if (line.stroke !== 'accent' && line.stroke !== 'highlight') continue;
      line.points.slice(1).forEach(([x2, y2], k) => {
        const [x1, y1] = line.points[k]!;
        if (segmentCrossesBox(x1, y1, x2, y2, a)) found.push(`"${labels[i]!.text}" on the line`);
      });
    }
  });
  return found;
}

/** The plot area: the first rectangle (drawn first, under the bands). */
function plotArea(scene: ChartScene): { left: number; right: number; bottom: number } {
  const rect = scene.rects![0]!;
  return { left: rect.x, right: rect.x + rect.width, bottom: rect.y + rect.height };
}

describe('a measure chart mirrored for a right-to-left page', () => {
  for (const lang of LANGS) {
    const words = documentWords(lang);
    const fmt = (d: string) => words.date(d, 'long');
    for (const [def, values] of SERIES) {
      const name = `${lang} ${def.shortName} ${values.join(' ')}`;
      const block = measureChartBlock(
        def,
        scores(def, values),
        fmt,
        { bandNames: true },
        narrow,
        words.clientWords,
      );
      const ltr = block.scene;
      const rtl = mirrorChartScene(ltr);

      it(`${name}: no label overlaps another label, a point or the line, as before mirroring`, () => {
        expect(collisions(ltr, narrow)).toEqual([]);
        expect(collisions(rtl, narrow)).toEqual([]);
      });

      it(`${name}: time reads from the right, the value axis at the right`, () => {
        const plot = plotArea(rtl);
        // Points in date order run from right to left.
        const xs = (rtl.points ?? []).map((p) => p.x);
        expect(xs.length).toBe(values.length);
        for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeLessThan(xs[i - 1]!);
        // Date labels under the plot: the first date rightmost, the last leftmost.
        const dates = (rtl.labels ?? []).filter((l) => l.y > plot.bottom);
        const first = dates.find((l) => l.text === fmt(DATES[0]!));
        const last = dates.find((l) => l.text === fmt(DATES[values.length - 1]!));
        expect(first && last && first.x > last.x).toBe(true);
        // Axis numbers (0 … max) beside the plot stand at its right, read from their start.
        const numbers = (rtl.labels ?? []).filter((l) => /^\d+$/.test(l.text) && l.x >= plot.right);
        expect(numbers.map((l) => l.text)).toContain(String(def.max));
        expect(numbers.map((l) => l.text)).toContain('0');
        for (const l of numbers) expect(boxOf(l, narrow)[0]).toBeGreaterThanOrEqual(plot.right);
        // Nothing of the axis is left at the left of the plot.
        expect(
          (rtl.labels ?? []).filter((l) => l.text === String(def.max) && l.x < plot.left),
        ).toEqual([]);
      });

      it(`${name}: each shape is the mirror image of the left-to-right one, and mirroring twice gives it back`, () => {
        const w = ltr.width;
        (ltr.labels ?? []).forEach((label, i) => {
          const [a0, a1, a2, a3] = boxOf(label, narrow);
          const [b0, b1, b2, b3] = boxOf(rtl.labels![i]!, narrow);
          expect(b0).toBeCloseTo(w - a2, 1);
          expect(b2).toBeCloseTo(w - a0, 1);
          expect([b1, b3]).toEqual([a1, a3]);
        });
        expect(mirrorChartScene(rtl)).toEqual(ltr);
      });
    }
  }
});

describe('the goal chart mirrored for a right-to-left page', () => {
  const goals = [
    goal('Sleep through the night', 2, 7),
    goal('النوم طوال الليل', 3, 8),
    goal('לפגוש חברים כל שבוע', 1, 6),
    goal('Unrated', null, 4),
  ];
  for (const lang of LANGS) {
    it(`${lang}: legend, bar names and goals at the right, bars grow from the right, nothing overlaps`, () => {
      const words = documentWords(lang);
      const ltr = goalChartBlock(goals, words)!.scene;
      const rtl = mirrorChartScene(ltr);
      const w = rtl.width;
      const labels = rtl.labels ?? [];
      const legend = labels.filter(
        (l) =>
          l.bold &&
          [words.t('handout.goals.colStart'), words.t('handout.goals.colNow')].includes(l.text),
      );
      expect(legend).toHaveLength(2);
      for (const l of legend) expect(l.x).toBeGreaterThan(w / 2);
      // Legend read from the right: 'Start' first (rightmost), then 'Now'.
      expect(legend[0]!.x).toBeGreaterThan(legend[1]!.x);
      // Goal texts are set from the right edge.
      for (const g of goals.map((x) => x.goal)) {
        const label = labels.find((l) => l.text === g)!;
        expect(label.anchor).toBe('end');
        expect(label.x).toBe(w);
      }
      // Every bar ends at the same right edge (its zero) and grows leftwards.
      const bars = (rtl.rects ?? []).filter((r) => r.y > 20);
      expect(bars.length).toBe(7);
      const zero = bars[0]!.x + bars[0]!.width;
      for (const bar of bars) expect(bar.x + bar.width).toBeCloseTo(zero, 1);
      expect(zero).toBeGreaterThan(w / 2);
      expect(collisions(rtl, narrow)).toEqual([]);
    });
  }
});
