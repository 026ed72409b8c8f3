import type { Scene, SceneElement } from '../chart/scene';
import type {
  ChartColor,
  ChartLabel,
  ChartLine,
  ChartPoint,
  ChartRect,
  ChartScene,
} from './chart-scene';

/** The size chart labels are drawn at in the PDF, in scene units (labels are placed for it). */
export const CHART_LABEL_SIZE = 10;
const LABEL_SIZE = CHART_LABEL_SIZE;

/** Band colour from calm (0) to most concerning (1): pale sage to pale sand. */
function bandColor(concern = 0): ChartColor {
  const mix = (a: number, b: number): string =>
    Math.round(a + (b - a) * Math.min(1, Math.max(0, concern)))
      .toString(16)
      .padStart(2, '0');
  return `#${mix(0xee, 0xf6)}${mix(0xf4, 0xe9)}${mix(0xf0, 0xdc)}`;
}

/** Label baseline from the scene's vertical anchor. */
function baselineY(y: number, baseline: 'top' | 'middle' | 'bottom'): number {
  if (baseline === 'top') return y + LABEL_SIZE * 0.8;
  if (baseline === 'middle') return y + LABEL_SIZE * 0.35;
  return y;
}

/**
 * Turns a role-based chart scene from core/chart into the drawable scene the PDF engine renders,
 * choosing print colours by role. Title and description carry over as the figure's caption and
 * alternative text.
 */
export function fromChartScene(scene: Scene): ChartScene {
  const rects: ChartRect[] = [];
  const lines: ChartLine[] = [];
  const points: ChartPoint[] = [];
  const labels: ChartLabel[] = [];
  for (const el of scene.elements as readonly SceneElement[]) {
    switch (el.type) {
      case 'rect':
        rects.push({
          x: el.x,
          y: el.y,
          width: el.width,
          height: el.height,
          ...(el.role === 'plot-area'
            ? ({ fill: '#fbfaf7', stroke: 'grid' } as const)
            : el.role === 'band'
              ? { fill: bandColor(el.concern) }
              : el.role === 'bar-start'
                ? ({ fill: '#cfc8bd' } as const)
                : ({ fill: 'accent' } as const)),
        });
        break;
      case 'line':
        lines.push({
          points: [
            [el.x1, el.y1],
            [el.x2, el.y2],
          ],
          stroke: el.role === 'cutoff' ? 'highlight' : el.role === 'axis' ? 'muted' : 'grid',
          width: el.role === 'gridline' ? 0.5 : 1,
          dashed: el.dashed,
        });
        break;
      case 'polyline':
        lines.push({ points: el.points, stroke: 'accent', width: 2 });
        break;
      case 'point':
        points.push({ x: el.x, y: el.y, radius: el.r, fill: 'accent' });
        break;
      case 'label':
        labels.push({
          x: el.x,
          y: baselineY(el.y, el.baseline),
          text: el.text,
          anchor: el.anchor,
          size: LABEL_SIZE,
          color: el.role === 'value-label' || el.role === 'goal-label' ? 'ink' : 'muted',
          bold: el.role === 'legend-label',
        });
        break;
    }
  }
  return {
    width: scene.width,
    height: scene.height,
    title: scene.title,
    description: scene.description,
    rects,
    lines,
    points,
    labels,
  };
}
