/** The handout's charts: each measure over time and the goals from start to now, as PDF scenes. */
import type { GoalRow } from '../checklist/answer-schema';
import { goalBarsChart } from '../chart/goal-bars-chart';
import { type ClientChartPrefs, clientMeasureScene, DEFAULT_CLIENT_CHART_PREFS } from '../client-words/measure-words';
import type { Scene, SceneElement, SceneLabel } from '../chart/scene';
import type { ChartBlock } from '../document/blocks';
import { fromChartScene } from '../document/from-chart-scene';
import type { MeasureDefinition } from '../measures/measure-definition';
import type { MeasureScore } from '../measures/measure-score';

/** How many goals a bar chart shows at most; the table beside it lists every goal. */
export const MAX_CHARTED_GOALS = 8;

/** Rough width of text in label units (wide scripts count double), to keep chart labels inside. */
function weight(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/** Shortens a label to fit `max` units, ending it with "…" (the full text is in the table and alt text). */
export function shortenLabel(text: string, max: number): string {
  if (weight(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (weight(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

function fitLabels(scene: Scene): Scene {
  return {
    ...scene,
    elements: scene.elements.map((el) => (el.type === 'label' && el.role === 'goal-label' ? { ...el, text: shortenLabel(el.text, 78) } : el)),
  };
}

type Box = [number, number, number, number];

function labelBox(el: SceneLabel): Box {
  const w = weight(el.text) * 5.6;
  const x0 = el.anchor === 'start' ? el.x : el.anchor === 'end' ? el.x - w : el.x - w / 2;
  const y0 = el.baseline === 'top' ? el.y : el.baseline === 'bottom' ? el.y - 11 : el.y - 6;
  return [x0, y0, x0 + w, y0 + 11];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Keeps band names clear of the data: a band label that would sit on a point or its value moves to
 * the plot's left edge, or is left out when that is taken too (the band's colour and the chart's
 * description still tell the range).
 */
export function clearBandLabels(scene: Scene): Scene {
  const taken: Box[] = [];
  for (const el of scene.elements) {
    if (el.type === 'point') taken.push([el.x - el.r - 2, el.y - el.r - 2, el.x + el.r + 2, el.y + el.r + 2]);
    if (el.type === 'label' && el.role === 'value-label') taken.push(labelBox(el));
  }
  const plot = scene.elements.find((el) => el.type === 'rect' && el.role === 'plot-area');
  const elements = scene.elements.flatMap((el): SceneElement[] => {
    if (el.type !== 'label' || el.role !== 'band-label' || !taken.some((b) => overlaps(b, labelBox(el)))) return [el];
    const moved: SceneLabel = { ...el, x: (plot && plot.type === 'rect' ? plot.x : 0) + 4, anchor: 'start' };
    return taken.some((b) => overlaps(b, labelBox(moved))) ? [] : [moved];
  });
  return { ...scene, elements };
}

/** Keeps every label inside the scene's box: one that would run past an edge is anchored to that edge. */
export function keepLabelsInside(scene: Scene): Scene {
  const elements = scene.elements.map((el): SceneElement => {
    if (el.type !== 'label') return el;
    const [x0, , x1] = labelBox(el);
    if (x1 > scene.width) return { ...el, x: scene.width, anchor: 'end' };
    if (x0 < 0) return { ...el, x: 0, anchor: 'start' };
    return el;
  });
  return { ...scene, elements };
}

/** A line chart of one measure in the client's plain words (core/client-words), as a chart block. */
export function measureChartBlock(def: MeasureDefinition, scores: readonly MeasureScore[], formatDate: (d: string) => string, prefs: ClientChartPrefs = DEFAULT_CLIENT_CHART_PREFS): ChartBlock {
  return { type: 'chart', scene: fromChartScene(keepLabelsInside(clearBandLabels(clientMeasureScene(def, scores, { width: 480, height: 170, formatDate }, prefs)))) };
}

/** Paired start/now bars for the first goals (at most MAX_CHARTED_GOALS), as a chart block; null without goals. */
export function goalChartBlock(goals: readonly GoalRow[]): ChartBlock | null {
  const charted = goals.filter((g) => g.goal.trim() && (g.start !== null || g.now !== null)).slice(0, MAX_CHARTED_GOALS);
  if (charted.length === 0) return null;
  return { type: 'chart', scene: fromChartScene(keepLabelsInside(fitLabels(goalBarsChart(charted, { width: 480, height: 24 + charted.length * 46 })))) };
}
