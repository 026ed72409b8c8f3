/** The handout's charts: each measure over time and the goals from start to now, as PDF scenes. */
import type { GoalRow } from '../checklist/answer-schema';
import { goalBarsChart } from '../chart/goal-bars-chart';
import {
  type ClientChartPrefs,
  clientMeasureScene,
  DEFAULT_CLIENT_CHART_PREFS,
} from '../client-words/measure-words';
import { CLIENT_WORDS_EN, type ClientWords } from '../client-words/messages-en';
import { type DocumentWords, documentWords } from '../handout-i18n/document-words';
import { estimateTextWidth, type TextMeasure } from '../chart/label-geometry';
import type { Scene, SceneElement, SceneLabel } from '../chart/scene';
import type { ChartBlock } from '../document/blocks';
import { CHART_LABEL_SIZE, fromChartScene } from '../document/from-chart-scene';
import type { MeasureDefinition } from '../measures/measure-definition';
import type { MeasureScore } from '../measures/measure-score';

/** How many goals a bar chart shows at most; the table beside it lists every goal. */
export const MAX_CHARTED_GOALS = 8;

/** Rough width of text in label units (wide scripts count double), to keep chart labels inside. */
function weight(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
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
    elements: scene.elements.map((el) =>
      el.type === 'label' && el.role === 'goal-label'
        ? { ...el, text: shortenLabel(el.text, 78) }
        : el,
    ),
  };
}

type Box = [number, number, number, number];

function labelBox(el: SceneLabel): Box {
  const w = weight(el.text) * 5.6;
  const x0 = el.anchor === 'start' ? el.x : el.anchor === 'end' ? el.x - w : el.x - w / 2;
  const y0 = el.baseline === 'top' ? el.y : el.baseline === 'bottom' ? el.y - 11 : el.y - 6;
  return [x0, y0, x0 + w, y0 + 11];
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

/**
 * A line chart of one measure in the client's plain words (core/client-words), as a chart block;
 * its labels placed clear of each other and of the lines with `measure`, the PDF's own text widths.
 */
export function measureChartBlock(
  def: MeasureDefinition,
  scores: readonly MeasureScore[],
  formatDate: (d: string) => string,
  prefs: ClientChartPrefs = DEFAULT_CLIENT_CHART_PREFS,
  measure: TextMeasure = estimateTextWidth,
  words: ClientWords = CLIENT_WORDS_EN,
): ChartBlock {
  const labels = { size: CHART_LABEL_SIZE, measure };
  return {
    type: 'chart',
    scene: fromChartScene(
      clientMeasureScene(
        def,
        scores,
        { width: 480, height: 170, formatDate, labels },
        prefs,
        words,
      ),
    ),
  };
}

/** Paired start/now bars for the first goals (at most MAX_CHARTED_GOALS), as a chart block; null without goals. */
export function goalChartBlock(
  goals: readonly GoalRow[],
  words: DocumentWords = documentWords('en'),
): ChartBlock | null {
  const charted = goals
    .filter((g) => g.goal.trim() && (g.start !== null || g.now !== null))
    .slice(0, MAX_CHARTED_GOALS);
  if (charted.length === 0) return null;
  // Bar names in the document's words, with room for them measured (estimated widths never fall short).
  const names = { start: words.t('handout.goals.colStart'), now: words.t('handout.goals.colNow') };
  const scene = inWords(
    goalBarsChart(charted, {
      width: 480,
      height: 24 + charted.length * 46,
      names,
      labels: { size: CHART_LABEL_SIZE, measure: estimateTextWidth },
    }),
    charted,
    words,
  );
  return { type: 'chart', scene: fromChartScene(keepLabelsInside(fitLabels(scene))) };
}

/** The goal chart's own words (legend, bar names, title, description) in the document's language. */
function inWords(scene: Scene, goals: readonly GoalRow[], words: DocumentWords): Scene {
  const start = words.t('handout.goals.colStart');
  const now = words.t('handout.goals.colNow');
  const rated = (v: number | null) => (v === null ? '–' : String(v));
  const elements = scene.elements.map((el): SceneElement => {
    if (el.type === 'rect' && (el.role === 'bar-start' || el.role === 'bar-now')) {
      const { label: _english, ...rest } = el;
      return { ...rest, label: el.role === 'bar-start' ? start : now };
    }
    return el;
  });
  const lines = goals.map((g) =>
    words.t('handout.goals.chartLine', {
      goal: g.goal.trim(),
      start: rated(g.start),
      now: rated(g.now),
    }),
  );
  return {
    ...scene,
    elements,
    title: words.t('handout.goals.chartTitle'),
    description: [
      words.t('handout.goals.chartDescription', { count: goals.length }),
      ...lines,
    ].join(' '),
    table: {
      caption: words.t('handout.goals.caption'),
      columns: [words.t('handout.goals.colGoal'), start, now],
      rows: goals.map((g) => [g.goal.trim(), rated(g.start), rated(g.now)]),
    },
  };
}
