import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  estimateTextWidth,
  labelBox,
  measureLineChart,
  segmentCrossesBox,
  type Box,
  type LabelMetrics,
  type Scene,
  type SceneLabel,
  type TextMeasure,
} from '../../core/chart';
import { clientMeasureScene } from '../../core/client-words';
import { GAD7, PHQ9, type MeasureDefinition, type MeasureScore } from '../../core/measures';

/** A narrower measure than the estimate (like a real font), to place with other widths than the default. */
const narrow: TextMeasure = (text, size, bold) => [...text].length * size * (bold ? 0.62 : 0.56);

const SIZES = [
  { width: 480, height: 170 }, // the PDF handout
  { width: 560, height: 240 }, // the runner
  { width: 620, height: 260 }, // the client view
] as const;

const DATE_FORMATS: readonly ((iso: string) => string)[] = [
  (d) => d,
  (d) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  (d) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('es', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  (d) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
  (d) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('ar', { dateStyle: 'medium', timeZone: 'UTC' }),
];

/** A clinician's own measure: a range, a direction, one to six bands (names in several scripts) and maybe a cutoff. */
const customMeasure: fc.Arbitrary<MeasureDefinition> = fc
  .record({
    max: fc.integer({ min: 6, max: 80 }),
    better: fc.constantFrom('lower' as const, 'higher' as const),
    cuts: fc.uniqueArray(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { maxLength: 5 }),
    names: fc.array(
      fc.constantFrom(
        'Mild',
        'Clinical range',
        'Très élevé',
        'Умеренная',
        'حاد',
        'שגרתי',
        '轻度',
        'Moderately severe',
      ),
      { minLength: 6, maxLength: 6 },
    ),
    cutoff: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map(({ max, better, cuts, names, cutoff }) => {
    const edges = [...new Set(cuts.map((c) => Math.round(c * max)))]
      .filter((e) => e > 0 && e < max)
      .sort((a, b) => a - b);
    const froms = [0, ...edges];
    return {
      id: 'own',
      name: 'Own measure',
      shortName: 'OWN',
      builtIn: false,
      min: 0,
      max,
      integer: true,
      better,
      cutoff: cutoff === null ? null : Math.round(cutoff * max),
      reliableChange: null,
      remissionThreshold: null,
      itemCount: 0,
      itemMax: 0,
      bands: froms.map((from, i) => ({
        from,
        to: (froms[i + 1] ?? max + 1) - 1,
        label: names[i]!,
      })),
    };
  });

const measureArb = fc.oneof(fc.constant(PHQ9), fc.constant(GAD7), customMeasure);

function scoresFor(def: MeasureDefinition): fc.Arbitrary<MeasureScore[]> {
  return fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: 720 }),
        score: fc.integer({ min: def.min, max: def.max }),
      }),
      { minLength: 0, maxLength: 12 },
    )
    .map((rows) =>
      rows.map((r, i) => ({
        id: `s${i}`,
        measureId: def.id,
        date: new Date(Date.UTC(2024, 0, 1 + r.day)).toISOString().slice(0, 10),
        score: r.score,
      })),
    );
}

const metricsArb: fc.Arbitrary<LabelMetrics> = fc.record({
  size: fc.constantFrom(10, 11, 13),
  measure: fc.constantFrom(estimateTextWidth, narrow),
});

/**
 * Every label box is clear of every other label box, every point and every line segment, and
 * inside the chart. Faint gridlines: band names and ticks never cross one; a value or note may,
 * only where no spot around it is clear (checked by the examples below).
 */
function expectClear(scene: Scene, metrics: LabelMetrics): void {
  const labels = scene.elements.filter((e): e is SceneLabel => e.type === 'label');
  const boxes = labels.map((l) => labelBox(l, metrics));
  const segments: [number, number, number, number][] = [];
  const grid: [number, number, number, number][] = [];
  const points: Box[] = [];
  for (const el of scene.elements) {
    if (el.type === 'line' && el.role !== 'gridline') segments.push([el.x1, el.y1, el.x2, el.y2]);
    if (el.type === 'line' && el.role === 'gridline') grid.push([el.x1, el.y1, el.x2, el.y2]);
    if (el.type === 'polyline')
      for (let i = 1; i < el.points.length; i++)
        segments.push([...el.points[i - 1]!, ...el.points[i]!]);
    if (el.type === 'point')
      points.push([el.x - el.r - 1, el.y - el.r - 1, el.x + el.r + 1, el.y + el.r + 1]);
  }
  boxes.forEach((box, i) => {
    const what = `${labels[i]!.role} "${labels[i]!.text}"`;
    expect(
      box[0] >= 0 && box[1] >= 0 && box[2] <= scene.width && box[3] <= scene.height,
      `${what} inside the chart`,
    ).toBe(true);
    for (let j = i + 1; j < boxes.length; j++)
      expect(boxesOverlap(box, boxes[j]!), `${what} overlaps "${labels[j]!.text}"`).toBe(false);
    for (const p of points) expect(boxesOverlap(box, p), `${what} overlaps a point`).toBe(false);
    for (const s of segments)
      expect(segmentCrossesBox(...s, box), `${what} crosses a line ${s.join(',')}`).toBe(false);
    if (labels[i]!.role !== 'value-label' && labels[i]!.role !== 'note') {
      for (const s of grid)
        expect(segmentCrossesBox(...s, box), `${what} crosses a gridline ${s.join(',')}`).toBe(
          false,
        );
    }
  });
}

const score = (id: string, date: string, value: number, measureId: string): MeasureScore => ({
  id,
  measureId,
  date,
  score: value,
});

describe('chart labels never collide', () => {
  it('keeps every label clear of labels, points and lines for random series of PHQ-9, GAD-7 and own measures', () => {
    fc.assert(
      fc.property(
        measureArb.chain((def) => fc.tuple(fc.constant(def), scoresFor(def))),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...DATE_FORMATS),
        metricsArb,
        ([def, scores], size, formatDate, labels) => {
          expectClear(measureLineChart(def, scores, { ...size, formatDate, labels }), labels);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("places the client chart's labels after its plain words are in, just as clear", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(PHQ9, GAD7).chain((def) => fc.tuple(fc.constant(def), scoresFor(def))),
        fc.constantFrom(...SIZES),
        metricsArb,
        fc.boolean(),
        ([def, scores], size, labels, bandNames) => {
          expectClear(clientMeasureScene(def, scores, { ...size, labels }, { bandNames }), labels);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the latest value and the band name apart ("6" no longer sits on "Mild")', () => {
    const labels: LabelMetrics = { size: 10, measure: narrow };
    const scene = measureLineChart(
      PHQ9,
      [
        score('a', '2025-01-05', 18, 'phq-9'),
        score('b', '2025-02-02', 12, 'phq-9'),
        score('c', '2025-03-02', 6, 'phq-9'),
      ],
      { width: 480, height: 170, labels },
    );
    const texts = scene.elements
      .filter((e): e is SceneLabel => e.type === 'label')
      .map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['6', '12', '18', 'Mild', 'Minimal', 'Moderate']));
    expectClear(scene, labels);
  });

  it('keeps the first and last dates, held inside the chart when centring would cross its edge', () => {
    const scene = measureLineChart(
      PHQ9,
      [score('a', '2024-09-02', 18, 'phq-9'), score('b', '2025-03-10', 6, 'phq-9')],
      {
        width: 480,
        height: 170,
        formatDate: (d) => (d === '2024-09-02' ? '2 September 2024' : '10 March 2025'),
        labels: { size: 10, measure: estimateTextWidth },
      },
    );
    const texts = scene.elements
      .filter((e): e is SceneLabel => e.type === 'label')
      .map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['2 September 2024', '10 March 2025', '0']));
  });

  it("keeps the lowest score tick beside the first date, at the client view's larger text too", () => {
    for (const size of [10, 11, 13]) {
      const scene = measureLineChart(
        GAD7,
        [score('a', '2025-01-10', 14, 'gad-7'), score('b', '2025-04-10', 5, 'gad-7')],
        {
          width: 620,
          height: 260,
          formatDate: () => '10 Jan 2025',
          labels: { size, measure: narrow },
        },
      );
      const texts = scene.elements
        .filter((e): e is SceneLabel => e.type === 'label')
        .map((l) => l.text);
      expect(texts, `size ${size}`).toEqual(expect.arrayContaining(['0', '21']));
    }
  });

  it('keeps GAD-7 "Mild" off the dashed cutoff line', () => {
    const labels: LabelMetrics = { size: 10, measure: narrow };
    const scene = measureLineChart(
      GAD7,
      [score('a', '2025-01-05', 14, 'gad-7'), score('b', '2025-03-02', 7, 'gad-7')],
      { width: 480, height: 170, labels },
    );
    const mild = scene.elements.find(
      (e): e is SceneLabel => e.type === 'label' && e.text === 'Mild',
    );
    expect(mild).toBeDefined();
    const cutoff = scene.elements.find((e) => e.type === 'line' && e.role === 'cutoff');
    expect(
      cutoff?.type === 'line' &&
        segmentCrossesBox(cutoff.x1, cutoff.y1, cutoff.x2, cutoff.y2, labelBox(mild!, labels)),
    ).toBe(false);
    expectClear(scene, labels);
  });
});
