/**
 * Goal ratings as paired horizontal bars — where each goal started and where it is now, on 0–10 —
 * as a renderer-neutral scene (see scene.ts). Horizontal bars leave room for goals written as
 * whole sentences, in any script.
 */
import type { GoalRow } from '../checklist/answer-schema';
import type { ChartOptions, Scene, SceneElement } from './scene';
import { linearScale, px } from './scene';
import { DEFAULT_LABEL_METRICS, type LabelMetrics } from './label-geometry';

const LEGEND_HEIGHT = 24;
const LABEL_COLUMN = 48;
const VALUE_SPACE = 40;

function rated(v: number | null): string {
  return v === null ? 'not rated' : String(v);
}

function changeText(g: GoalRow): string {
  if (g.start === null || g.now === null) return '';
  const d = g.now - g.start;
  return d === 0 ? 'no change' : d > 0 ? `up ${d}` : `down ${-d}`;
}

/** The words of the two bars (legend and bar names): English unless the document is in another language. */
export interface GoalBarNames {
  start: string;
  now: string;
}

const ENGLISH_NAMES: GoalBarNames = { start: 'Start', now: 'Now' };

/**
 * Where the bars begin and the second legend entry stands: at least the English layout's places,
 * further right when the bar names (measured as drawn: regular beside the bars, bold in the legend)
 * need the room, so no name runs into a bar or the next swatch.
 */
function columns(names: GoalBarNames, metrics: LabelMetrics): { barsFrom: number; nowAt: number } {
  const { measure, size } = metrics;
  const widest = Math.max(measure(names.start, size, false), measure(names.now, size, false));
  return {
    barsFrom: px(Math.max(LABEL_COLUMN, widest + 6)),
    nowAt: px(Math.max(72, 18 + measure(names.start, size, true) + 12)),
  };
}

/**
 * Builds the paired-bar scene for the goals that have text: a legend, then for each goal its
 * text, a "Start" bar and a "Now" bar scaled 0–10 with their values; plus an accessible title,
 * description and data table.
 */
export function goalBarsChart(
  allGoals: readonly GoalRow[],
  options: Omit<ChartOptions, 'formatDate'> & { names?: GoalBarNames },
): Scene {
  const goals = allGoals.filter((g) => g.goal.trim().length > 0);
  const { width, height } = options;
  const names = options.names ?? ENGLISH_NAMES;
  const { barsFrom, nowAt } = columns(names, options.labels ?? DEFAULT_LABEL_METRICS);
  const elements: SceneElement[] = [];
  const x0 = barsFrom;
  const x1 = Math.max(x0 + 1, width - VALUE_SPACE);
  const x = linearScale(0, 10, x0, x1);

  elements.push({
    type: 'rect',
    role: 'bar-start',
    x: 0,
    y: 6,
    width: 12,
    height: 12,
    label: names.start,
  });
  elements.push({
    type: 'label',
    role: 'legend-label',
    x: 18,
    y: 12,
    text: names.start,
    anchor: 'start',
    baseline: 'middle',
  });
  elements.push({
    type: 'rect',
    role: 'bar-now',
    x: nowAt,
    y: 6,
    width: 12,
    height: 12,
    label: names.now,
  });
  elements.push({
    type: 'label',
    role: 'legend-label',
    x: px(nowAt + 18),
    y: 12,
    text: names.now,
    anchor: 'start',
    baseline: 'middle',
  });

  const rowHeight = goals.length > 0 ? Math.max(1, (height - LEGEND_HEIGHT) / goals.length) : 0;
  const barHeight = px(Math.max(1, Math.min(18, rowHeight * 0.24)));
  goals.forEach((g, i) => {
    const rowTop = LEGEND_HEIGHT + i * rowHeight;
    const textY = px(rowTop + rowHeight * 0.08);
    elements.push({
      type: 'label',
      role: 'goal-label',
      x: 0,
      y: textY,
      text: g.goal.trim(),
      anchor: 'start',
      baseline: 'top',
      maxWidth: width,
    });
    const bars: ['bar-start' | 'bar-now', string, number | null, number][] = [
      ['bar-start', names.start, g.start, rowTop + rowHeight * 0.38],
      ['bar-now', names.now, g.now, rowTop + rowHeight * 0.68],
    ];
    for (const [role, name, value, barTop] of bars) {
      const midY = px(barTop + barHeight / 2);
      elements.push({
        type: 'label',
        role: 'tick-label',
        x: 0,
        y: midY,
        text: name,
        anchor: 'start',
        baseline: 'middle',
      });
      const w = value === null ? 0 : px(x(value) - x0);
      if (value !== null)
        elements.push({
          type: 'rect',
          role,
          x: x0,
          y: px(barTop),
          width: w,
          height: barHeight,
          label: `${g.goal.trim()}, ${name.toLowerCase()}: ${value} out of 10`,
        });
      elements.push({
        type: 'label',
        role: 'value-label',
        x: px(x0 + w + 6),
        y: midY,
        text: rated(value),
        anchor: 'start',
        baseline: 'middle',
      });
    }
  });
  if (goals.length === 0) {
    elements.push({
      type: 'label',
      role: 'note',
      x: px(width / 2),
      y: px((height + LEGEND_HEIGHT) / 2),
      text: 'No goals yet',
      anchor: 'middle',
      baseline: 'middle',
    });
  }

  const lines = goals.map((g) => {
    const c = changeText(g);
    return `${g.goal.trim()}: from ${rated(g.start)} to ${rated(g.now)}${c ? ` (${c})` : ''}.`;
  });
  return {
    width,
    height,
    title: 'Goals: where they started and where they are now',
    description:
      goals.length === 0
        ? 'No goals have been rated yet.'
        : [
            `${goals.length} ${goals.length === 1 ? 'goal' : 'goals'}, each rated from 0 to 10.`,
            ...lines,
          ].join(' '),
    elements,
    table: {
      caption: 'Goal ratings, 0 to 10',
      columns: ['Goal', 'Start', 'Now', 'Change'],
      rows: goals.map((g) => [g.goal.trim(), rated(g.start), rated(g.now), changeText(g)]),
    },
  };
}
