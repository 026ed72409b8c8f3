/**
 * A line chart of one measure over time, with its severity bands shaded behind the line and the
 * clinical cutoff marked, as a renderer-neutral scene (see scene.ts).
 */
import type { MeasureDefinition } from '../measures/measure-definition';
import type { MeasureScore } from '../measures/measure-score';
import { summarizeSeries } from '../measures/series-summary';
import { bandSpans, severityBand } from '../measures/severity';
import { placeChartLabels } from './place-labels';
import type { ChartOptions, Scene, SceneElement } from './scene';
import { dayNumber, linearScale, px } from './scene';

const MARGIN = { top: 12, right: 12, bottom: 30, left: 36 };
const MAX_DATE_LABELS = 6;

function describeSeries(
  def: MeasureDefinition,
  scores: readonly MeasureScore[],
  fmt: (d: string) => string,
): string {
  const summary = summarizeSeries(def, scores);
  if (!summary) return `No ${def.shortName} scores have been recorded yet.`;
  const band = (b: { label: string } | null) => (b ? ` (${b.label.toLowerCase()})` : '');
  const { first, last } = summary;
  if (summary.scores.length === 1)
    return `One ${def.shortName} score: ${first.score}${band(summary.firstBand)} on ${fmt(first.date)}.`;
  const parts = [
    `${summary.scores.length} ${def.shortName} scores from ${fmt(first.date)} to ${fmt(last.date)}, on a scale of ${def.min} to ${def.max} where ${def.better} is better.`,
    `It started at ${first.score}${band(summary.firstBand)} and is now ${last.score}${band(summary.lastBand)}.`,
  ];
  for (const key of ['reliable-improvement', 'reliable-deterioration', 'remission'] as const) {
    const m = summary.metrics.find((r) => r.metric === key);
    if (m?.met) parts.push(m.label);
  }
  return parts.join(' ');
}

/** Picks at most `max` evenly spread indexes, always including the first and last. */
function spread(count: number, max: number): number[] {
  if (count <= max) return [...Array(count).keys()];
  return [...new Set([...Array(max).keys()].map((i) => Math.round((i * (count - 1)) / (max - 1))))];
}

/**
 * Builds the chart scene for one measure's scores (other measures' scores are ignored): shaded
 * bands, gridlines at band edges, the cutoff, the line and its points with value labels, date
 * labels, an accessible title and description, and a data table. Labels are placed clear of each
 * other, the points and every line (see place-labels.ts), measured with `options.labels`.
 */
export function measureLineChart(
  def: MeasureDefinition,
  allScores: readonly MeasureScore[],
  options: ChartOptions,
): Scene {
  return placeChartLabels(measureLineScene(def, allScores, options), options.labels);
}

/**
 * The same scene with every label at its preferred spot, not yet placed: for callers that change
 * label text (plain words for clients) and then place the labels with placeChartLabels.
 */
export function measureLineScene(
  def: MeasureDefinition,
  allScores: readonly MeasureScore[],
  options: ChartOptions,
): Scene {
  const fmt = options.formatDate ?? ((d: string) => d);
  const summary = summarizeSeries(def, allScores);
  const scores = summary?.scores ?? [];
  const { width, height } = options;
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 1, height - MARGIN.bottom);
  const y = linearScale(def.min, def.max, bottom, top);
  const days = scores.map((s) => dayNumber(s.date));
  const inset = Math.min(16, (right - left) / 4);
  // Time runs left to right in proportion to days elapsed; a single date sits in the middle.
  // The band names sit at the right edge; the series stops short of them so no point or value
  // label is drawn over a name.
  const oneDate = new Set(days).size <= 1;
  const labelRoom = oneDate ? inset : Math.max(inset, Math.min(110, (right - left) / 4));
  const xOf = linearScale(
    days.length ? Math.min(...days) : 0,
    days.length ? Math.max(...days) : 0,
    left + inset,
    right - labelRoom,
  );
  const concern = (i: number, n: number) =>
    n <= 1 ? 0 : def.better === 'lower' ? i / (n - 1) : 1 - i / (n - 1);

  const elements: SceneElement[] = [
    {
      type: 'rect',
      role: 'plot-area',
      x: left,
      y: top,
      width: px(right - left),
      height: px(bottom - top),
    },
  ];
  const spans = bandSpans(def);
  for (const span of spans) {
    const y0 = y(Math.min(span.to, def.max));
    const y1 = y(Math.max(span.from, def.min));
    elements.push({
      type: 'rect',
      role: 'band',
      x: left,
      y: y0,
      width: px(right - left),
      height: px(y1 - y0),
      concern: px(concern(span.index, spans.length)),
      label: `${span.label}: ${span.from} to ${span.to}`,
    });
  }
  const ticks = [...new Set([def.min, ...spans.map((s) => s.from), def.max])].sort((a, b) => a - b);
  for (const t of ticks) {
    elements.push({
      type: 'line',
      role: 'gridline',
      x1: left,
      y1: y(t),
      x2: right,
      y2: y(t),
      dashed: false,
    });
    elements.push({
      type: 'label',
      role: 'tick-label',
      x: left - 6,
      y: y(t),
      text: String(t),
      anchor: 'end',
      baseline: 'middle',
    });
  }
  for (const span of spans) {
    const mid = y((Math.max(span.from, def.min) + Math.min(span.to, def.max)) / 2);
    elements.push({
      type: 'label',
      role: 'band-label',
      x: right - 4,
      y: mid,
      text: span.label,
      anchor: 'end',
      baseline: 'middle',
    });
  }
  if (def.cutoff !== null) {
    elements.push({
      type: 'line',
      role: 'cutoff',
      x1: left,
      y1: y(def.cutoff),
      x2: right,
      y2: y(def.cutoff),
      dashed: true,
    });
  }
  elements.push({
    type: 'line',
    role: 'axis',
    x1: left,
    y1: bottom,
    x2: right,
    y2: bottom,
    dashed: false,
  });
  elements.push({
    type: 'line',
    role: 'axis',
    x1: left,
    y1: top,
    x2: left,
    y2: bottom,
    dashed: false,
  });

  const pts = scores.map((s) => [xOf(dayNumber(s.date)), y(s.score)] as [number, number]);
  if (pts.length > 1) elements.push({ type: 'polyline', role: 'series', points: pts });
  scores.forEach((s, i) => {
    const [px0, py0] = pts[i]!;
    const band = severityBand(def, s.score);
    elements.push({
      type: 'point',
      role: 'series-point',
      x: px0,
      y: py0,
      r: 4,
      label: `${fmt(s.date)}: ${s.score}${band ? `, ${band.label}` : ''}`,
    });
    elements.push({
      type: 'label',
      role: 'value-label',
      x: px0,
      y: px(py0 - 7),
      text: String(s.score),
      anchor: 'middle',
      baseline: 'bottom',
    });
  });
  for (const i of spread(scores.length, MAX_DATE_LABELS)) {
    elements.push({
      type: 'label',
      role: 'tick-label',
      x: pts[i]![0],
      y: px(bottom + 11),
      text: fmt(scores[i]!.date),
      anchor: 'middle',
      baseline: 'top',
    });
  }
  if (scores.length === 0) {
    elements.push({
      type: 'label',
      role: 'note',
      x: px((left + right) / 2),
      y: px((top + bottom) / 2),
      text: 'No scores yet',
      anchor: 'middle',
      baseline: 'middle',
    });
  }

  return {
    width,
    height,
    title: `${def.name} over time`,
    description: describeSeries(def, scores, fmt),
    elements,
    table: {
      caption: `${def.shortName} scores`,
      columns: ['Date', 'Score', 'Severity'],
      rows: scores.map((s) => [
        fmt(s.date),
        String(s.score),
        severityBand(def, s.score)?.label ?? '',
      ]),
    },
  };
}
