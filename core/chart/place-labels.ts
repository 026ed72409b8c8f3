/**
 * Places a line chart's labels so that none overlaps another label, a point or a line (the dashed
 * cutoff, the axes and every segment of the data line). Each label has candidate positions, tried
 * in order; the first free one inside its bounds is taken and becomes an obstacle for the next
 * label; a label with no free position is left out (the data table, the points' own text and the
 * description still say it). Priorities: the values (latest first), the date and score ticks, the
 * band names, then any note.
 *
 * The faint gridlines at band edges are avoided too where possible: band names always stay
 * between them (inside their band); a value only crosses one when no spot around its point is
 * clear of them (bands are often too narrow for a value above or below a point between them).
 */
import {
  boxesOverlap,
  boxInside,
  DEFAULT_LABEL_METRICS,
  grow,
  labelBox,
  labelHeight,
  segmentCrossesBox,
  type Box,
  type LabelMetrics,
} from './label-geometry';
import type { Scene, SceneElement, SceneLabel, ScenePoint, SceneRect } from './scene';
import { px } from './scene';

/** Room kept between a label's text and a line (half the widest stroke, 2.5, plus a little). */
const LINE_CLEAR = 1.5;
/** Room kept around a point (its 2-unit outline on screen included). */
const POINT_CLEAR = 1.5;

type Segment = readonly [number, number, number, number];

interface Obstacles {
  segments: Segment[];
  /** Gridlines: avoided first, crossed by values and notes only when nothing else is free. */
  gridlines: Segment[];
  boxes: Box[];
}

/** One label to place: where it may go, in order of preference, and the box it must stay inside. */
interface Job {
  index: number;
  candidates: SceneLabel[];
  bounds: Box;
  /** May cross a gridline when no candidate is clear of them. */
  mayCrossGrid: boolean;
}

function obstaclesOf(scene: Scene): Obstacles {
  const segments: Segment[] = [];
  const gridlines: Segment[] = [];
  const boxes: Box[] = [];
  for (const el of scene.elements) {
    if (el.type === 'line')
      (el.role === 'gridline' ? gridlines : segments).push([el.x1, el.y1, el.x2, el.y2]);
    if (el.type === 'polyline')
      for (let i = 1; i < el.points.length; i++)
        segments.push([...el.points[i - 1]!, ...el.points[i]!]);
    if (el.type === 'point') boxes.push(pointBox(el));
  }
  return { segments, gridlines, boxes };
}

/** The square a point (with its outline and clearance) covers. */
export function pointBox(p: ScenePoint): Box {
  const r = p.r + 1 + POINT_CLEAR;
  return [p.x - r, p.y - r, p.x + r, p.y + r];
}

function crossesAny(box: Box, segments: readonly Segment[]): boolean {
  const wide = grow(box, LINE_CLEAR);
  return segments.some(([x1, y1, x2, y2]) => segmentCrossesBox(x1, y1, x2, y2, wide));
}

/** Whether a label box is clear of every obstacle (gridlines included unless `crossGrid`). */
function isFree(box: Box, obstacles: Obstacles, crossGrid: boolean): boolean {
  if (obstacles.boxes.some((b) => boxesOverlap(b, box)) || crossesAny(box, obstacles.segments))
    return false;
  return crossGrid || !crossesAny(box, obstacles.gridlines);
}

/** Offsets tried for a value label around its point: above, below, right, left, then the corners, then further out. */
function valueCandidates(label: SceneLabel, p: ScenePoint): SceneLabel[] {
  const out: SceneLabel[] = [];
  for (const d of [p.r + 3, p.r + 9]) {
    const c = d - 1;
    out.push(
      { ...label, x: p.x, y: px(p.y - d), anchor: 'middle', baseline: 'bottom' },
      { ...label, x: p.x, y: px(p.y + d), anchor: 'middle', baseline: 'top' },
      { ...label, x: px(p.x + d), y: p.y, anchor: 'start', baseline: 'middle' },
      { ...label, x: px(p.x - d), y: p.y, anchor: 'end', baseline: 'middle' },
      { ...label, x: px(p.x + c), y: px(p.y - c), anchor: 'start', baseline: 'bottom' },
      { ...label, x: px(p.x - c), y: px(p.y - c), anchor: 'end', baseline: 'bottom' },
      { ...label, x: px(p.x + c), y: px(p.y + c), anchor: 'start', baseline: 'top' },
      { ...label, x: px(p.x - c), y: px(p.y + c), anchor: 'end', baseline: 'top' },
    );
  }
  return out;
}

/** y positions from `mid` outwards in both directions, within [lo, hi]. */
function slide(mid: number, lo: number, hi: number, step = 1.5): number[] {
  const ys = [mid];
  for (let k = 1; mid - k * step >= lo || mid + k * step <= hi; k++) {
    if (mid - k * step >= lo) ys.push(px(mid - k * step));
    if (mid + k * step <= hi) ys.push(px(mid + k * step));
  }
  return ys;
}

/** A band name: at the plot's right edge, slid up or down within its band, then at the left edge. */
function bandCandidates(
  label: SceneLabel,
  band: Box,
  plot: Box,
  metrics: LabelMetrics,
): SceneLabel[] {
  const half = labelHeight('middle', metrics) / 2;
  const ys = slide(px((band[1] + band[3]) / 2), band[1] + half, band[3] - half);
  return [
    ...ys.map((y) => ({
      ...label,
      x: px(plot[2] - 4),
      y,
      anchor: 'end' as const,
      baseline: 'middle' as const,
    })),
    ...ys.map((y) => ({
      ...label,
      x: px(plot[0] + 4),
      y,
      anchor: 'start' as const,
      baseline: 'middle' as const,
    })),
  ];
}

/** A date under the axis: centred on its point, else held inside the chart at its nearer edge. */
function dateCandidates(label: SceneLabel, scene: Scene): SceneLabel[] {
  const edge = 2;
  const start: SceneLabel = { ...label, x: edge, anchor: 'start' };
  const end: SceneLabel = { ...label, x: px(scene.width - edge), anchor: 'end' };
  return label.x < scene.width / 2 ? [label, start, end] : [label, end, start];
}

/** Jobs in priority order: values (latest first), dates (first, last, then between), score ticks (ends first), band names, notes. */
function jobsOf(scene: Scene, metrics: LabelMetrics): Job[] {
  const whole: Box = [0, 0, scene.width, scene.height];
  const plotRect = scene.elements.find(
    (el): el is SceneRect => el.type === 'rect' && el.role === 'plot-area',
  );
  const plot: Box = plotRect
    ? [plotRect.x, plotRect.y, plotRect.x + plotRect.width, plotRect.y + plotRect.height]
    : whole;
  const bands = scene.elements.filter(
    (el): el is SceneRect => el.type === 'rect' && el.role === 'band',
  );
  const points = scene.elements.filter((el): el is ScenePoint => el.type === 'point');
  const values: Job[] = [];
  const dates: Job[] = [];
  const ticks: Job[] = [];
  const names: Job[] = [];
  const notes: Job[] = [];
  scene.elements.forEach((el, index) => {
    if (el.type !== 'label') return;
    if (el.role === 'value-label') {
      const p = points[values.length];
      values.push({
        index,
        candidates: p ? valueCandidates(el, p) : [el],
        bounds: [plot[0], 0, scene.width, plot[3]],
        mayCrossGrid: true,
      });
    } else if (el.role === 'tick-label' && el.baseline === 'top')
      dates.push({
        index,
        candidates: dateCandidates(el, scene),
        bounds: whole,
        mayCrossGrid: false,
      });
    else if (el.role === 'tick-label')
      ticks.push({ index, candidates: [el], bounds: whole, mayCrossGrid: false });
    else if (el.role === 'band-label') {
      const band = bands.find((b) => el.y >= b.y - 0.01 && el.y <= b.y + b.height + 0.01);
      const box: Box = band ? [band.x, band.y, band.x + band.width, band.y + band.height] : plot;
      names.push({
        index,
        candidates: bandCandidates(el, box, plot, metrics),
        bounds: box,
        mayCrossGrid: false,
      });
    } else if (el.role === 'note') {
      const half = labelHeight('middle', metrics) / 2;
      notes.push({
        index,
        candidates: slide(el.y, plot[1] + half, plot[3] - half).map((y) => ({ ...el, y })),
        bounds: plot,
        mayCrossGrid: true,
      });
    } else ticks.push({ index, candidates: [el], bounds: whole, mayCrossGrid: false });
  });
  const endsFirst = (jobs: Job[]): Job[] =>
    jobs.length <= 2 ? jobs : [jobs[0]!, jobs.at(-1)!, ...jobs.slice(1, -1)];
  return [...values.reverse(), ...endsFirst(dates), ...endsFirst(ticks), ...names, ...notes];
}

/**
 * Moves or leaves out a line chart's labels so that no label box (measured with `metrics`)
 * overlaps another label, a point or a line (a faint gridline only where a value or note has no
 * other room), and each stays inside its bounds (values in the plot, band names in their band,
 * ticks in the chart). Other elements are kept as they are.
 */
export function placeChartLabels(
  scene: Scene,
  metrics: LabelMetrics = DEFAULT_LABEL_METRICS,
): Scene {
  const obstacles = obstaclesOf(scene);
  const placed = new Map<number, SceneLabel>();
  for (const job of jobsOf(scene, metrics)) {
    const inside = job.candidates
      .map((c) => [c, labelBox(c, metrics)] as const)
      .filter(([, box]) => boxInside(box, job.bounds));
    const found =
      inside.find(([, box]) => isFree(box, obstacles, false)) ??
      (job.mayCrossGrid ? inside.find(([, box]) => isFree(box, obstacles, true)) : undefined);
    if (!found) continue;
    placed.set(job.index, found[0]);
    obstacles.boxes.push(found[1]);
  }
  const elements = scene.elements.flatMap((el, index): SceneElement[] => {
    if (el.type !== 'label') return [el];
    const label = placed.get(index);
    return label ? [label] : [];
  });
  return { ...scene, elements };
}
