import { estimateTextWidth, type LabelMetrics, type TextMeasure } from '../../../../../core/chart';

/** Room for the app font not being loaded yet when a chart is first measured (a fallback face is measured then). */
const SLACK = 1.1;

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined)
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return context;
}

/**
 * Widths of chart label text as the browser sets it: canvas measureText with the app's font
 * stack, plus 10% slack; the conservative estimate where no canvas is available.
 */
export const canvasTextMeasure: TextMeasure = (text, size, bold) => {
  const ctx = canvasContext();
  if (!ctx) return estimateTextWidth(text, size, bold);
  const family =
    getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() ||
    'sans-serif';
  ctx.font = `${bold ? 600 : 400} ${size}px ${family}`;
  return ctx.measureText(text).width * SLACK;
};

/** Label metrics of the on-screen charts: 11 units (13 in the larger client view), as chart.module.css sets them. */
export function screenLabelMetrics(large = false): LabelMetrics {
  return { size: large ? 13 : 11, measure: canvasTextMeasure };
}
