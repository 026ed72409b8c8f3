/**
 * The space chart labels take: boxes from real text widths (a measure function each renderer
 * injects: fontkit in the PDF, the browser's canvas on screen) and the tests for a box against
 * another box, a point and a line segment.
 */
import type { SceneLabel } from './scene';

/** Width of a text in scene units at a font size (bold for value and goal labels, as drawn on screen). */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

/** An axis-aligned box: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

/** How labels are measured: their font size in scene units and the measure. */
export interface LabelMetrics {
  size: number;
  measure: TextMeasure;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\p{Cf}]/u;

/**
 * A width no shipped font exceeds for ordinary text: 0.7 em a character (about a capital M in
 * DejaVu Sans or Inter), a full em for CJK and emoji, 8% more for bold.
 */
export const estimateTextWidth: TextMeasure = (text, size, bold) => {
  let em = 0;
  for (const ch of text) em += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 1.05 : 0.7;
  return em * size * (bold ? 1.08 : 1);
};

/** Default label metrics: the on-screen chart's 11 px text, estimated widths. */
export const DEFAULT_LABEL_METRICS: LabelMetrics = { size: 11, measure: estimateTextWidth };

/**
 * Where glyphs reach above and below a label's y, in ems, for each vertical anchor: the union of
 * how SVG (hanging, central, alphabetic baselines) and the PDF (baseline at 0.8, 0.35 and 0 em
 * below y) set it, descenders included.
 */
const EXTENT: Readonly<Record<SceneLabel['baseline'], readonly [number, number]>> = {
  top: [-0.05, 1.08],
  middle: [-0.55, 0.62],
  bottom: [-0.9, 0.26],
};

/** Space kept clear around a label's text. */
const PAD = 1.5;

/** Whether a label is drawn bold (value and goal labels on screen). */
export function isBoldLabel(label: Pick<SceneLabel, 'role'>): boolean {
  return label.role === 'value-label' || label.role === 'goal-label';
}

/** The box a label's text takes, padded. */
export function labelBox(label: SceneLabel, metrics: LabelMetrics): Box {
  const w = metrics.measure(label.text, metrics.size, isBoldLabel(label));
  const x0 =
    label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  const [up, down] = EXTENT[label.baseline];
  return [
    x0 - PAD,
    label.y + up * metrics.size - PAD / 2,
    x0 + w + PAD,
    label.y + down * metrics.size + PAD / 2,
  ];
}

/** The vertical room a label needs, in scene units (its box height). */
export function labelHeight(baseline: SceneLabel['baseline'], metrics: LabelMetrics): number {
  const [up, down] = EXTENT[baseline];
  return (down - up) * metrics.size + PAD;
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Whether box `inner` lies within box `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3]
  );
}

/** A box grown by `by` on every side. */
export function grow(box: Box, by: number): Box {
  return [box[0] - by, box[1] - by, box[2] + by, box[3] + by];
}

/**
 * Whether the segment (x1,y1)–(x2,y2) passes through the box (Liang–Barsky clipping). A segment
 * that only touches an edge counts as crossing.
 */
export function segmentCrossesBox(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  box: Box,
): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - box[0]],
    [dx, box[2] - x1],
    [-dy, y1 - box[1]],
    [dy, box[3] - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
