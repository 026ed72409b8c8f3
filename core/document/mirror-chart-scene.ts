/**
 * A chart mirrored for a right-to-left page: every shape reflected about the scene's vertical
 * centre line, so the time axis reads from right to left, the value axis and its labels stand at
 * the right, bars grow leftwards from the right and a legend's swatch comes before its word on
 * the right. Labels keep their text and size; their anchors swap ends ('start' ↔ 'end'), so each
 * label's box is the mirror image of its box before — labels that were clear of each other and of
 * the lines and points stay clear.
 */
import type { ChartLabel, ChartScene } from './chart-scene';

const SWAPPED: Readonly<Record<NonNullable<ChartLabel['anchor']>, ChartLabel['anchor']>> = {
  start: 'end',
  middle: 'middle',
  end: 'start',
};

/** Round to 0.01 so mirrored scenes compare exactly (and mirroring twice gives the scene back). */
const r = (n: number): number => Math.round(n * 100) / 100;

/** The scene reflected left to right (see the module comment); title and description unchanged. */
export function mirrorChartScene(scene: ChartScene): ChartScene {
  const w = scene.width;
  const flip = (x: number): number => r(w - x);
  return {
    ...scene,
    rects: (scene.rects ?? []).map((rect) => ({ ...rect, x: r(w - rect.x - rect.width) })),
    lines: (scene.lines ?? []).map((line) => ({
      ...line,
      points: line.points.map(([x, y]) => [flip(x), y] as const),
    })),
    points: (scene.points ?? []).map((p) => ({ ...p, x: flip(p.x) })),
    labels: (scene.labels ?? []).map((label) => ({
      ...label,
      x: flip(label.x),
      anchor: SWAPPED[label.anchor ?? 'start'],
    })),
  };
}
