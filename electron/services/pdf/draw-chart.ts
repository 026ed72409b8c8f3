import type { ChartBlock } from '../../../core/document/blocks';
import type { ChartScene } from '../../../core/document/chart-scene';
import { mirrorChartScene } from '../../../core/document/mirror-chart-scene';
import { chartColor } from './theme';
import { drawLine } from './draw-text';
import { ensureSpace, type RenderContext } from './render-context';
import { layoutText } from './block-text';
import type { LaidParagraph } from './paragraph-layout';

/** How big the scene is drawn at most: scaled to the column width, at most the theme's part of the page height. */
function chartScale(ctx: RenderContext, scene: ChartScene): number {
  const byWidth = ctx.width / Math.max(1, scene.width);
  const byHeight = ((ctx.bottom - ctx.top) * ctx.theme.chartMaxHeight) / Math.max(1, scene.height);
  return Math.min(byWidth, byHeight);
}

/**
 * The scale a chart is drawn at here: its full scale, or smaller (down to the theme's chartMinScale
 * of it) when that lets it fit the space left on this page instead of leaving that space empty.
 */
function fittedScale(ctx: RenderContext, block: ChartBlock): number {
  const k = chartScale(ctx, block.scene);
  const room = ctx.bottom - ctx.y - (chartTitle(ctx, block)?.height ?? 0) - 8;
  const height = Math.max(1, block.scene.height);
  if (height * k <= room || ctx.y <= ctx.top + 0.5) return k;
  return height * k * ctx.theme.chartMinScale <= room ? room / height : k;
}

function drawShapes(
  ctx: RenderContext,
  scene: ChartScene,
  ox: number,
  oy: number,
  k: number,
): void {
  const { doc } = ctx;
  for (const r of scene.rects ?? []) {
    doc.rect(ox + r.x * k, oy + r.y * k, r.width * k, r.height * k);
    if (r.fill && r.stroke)
      doc
        .lineWidth(0.5)
        .fillAndStroke(
          chartColor(r.fill, ctx.theme.colors.accentSoft),
          chartColor(r.stroke, ctx.theme.colors.rule),
        );
    else if (r.stroke)
      doc.lineWidth(0.5).strokeColor(chartColor(r.stroke, ctx.theme.colors.rule)).stroke();
    else doc.fill(chartColor(r.fill, ctx.theme.colors.accentSoft));
  }
  for (const line of scene.lines ?? []) {
    const [first, ...rest] = line.points;
    if (!first || rest.length === 0) continue;
    doc.moveTo(ox + first[0] * k, oy + first[1] * k);
    for (const [x, y] of rest) doc.lineTo(ox + x * k, oy + y * k);
    doc
      .lineWidth((line.width ?? 1) * k)
      .lineJoin('round')
      .lineCap('round');
    if (line.dashed) doc.dash(3 * k, { space: 3 * k });
    doc.strokeColor(chartColor(line.stroke, ctx.theme.colors.accent)).stroke();
    if (line.dashed) doc.undash();
  }
  for (const p of scene.points ?? []) {
    doc
      .circle(ox + p.x * k, oy + p.y * k, (p.radius ?? 3) * k)
      .fill(chartColor(p.fill, ctx.theme.colors.accent));
  }
}

function drawLabels(
  ctx: RenderContext,
  scene: ChartScene,
  ox: number,
  oy: number,
  k: number,
): void {
  for (const label of scene.labels ?? []) {
    const size = (label.size ?? 10) * k;
    const laid = layoutText(ctx, label.text, 10_000, {
      size,
      lineHeight: 1.2,
      base: label.bold ? 'bold' : 'regular',
      direction: 'auto',
    });
    const line = laid.lines[0];
    if (!line) continue;
    const anchor = label.anchor ?? 'start';
    const shift = anchor === 'middle' ? line.width / 2 : anchor === 'end' ? line.width : 0;
    const x0 =
      ox + label.x * k - shift - (line.runs.reduce((m, r) => Math.min(m, r.x), Infinity) || 0);
    drawLine(ctx, line, x0, oy + label.y * k, chartColor(label.color, ctx.theme.colors.quiet));
  }
}

function chartTitle(ctx: RenderContext, block: ChartBlock): LaidParagraph | undefined {
  const { title } = block.scene;
  // Set in the document's direction: a right-to-left page has its chart titles at the right.
  return title
    ? layoutText(ctx, title, ctx.width, {
        size: ctx.theme.quiet.size + 1,
        lineHeight: 1.4,
        base: 'bold',
        direction: ctx.direction,
      })
    : undefined;
}

/** The least height a chart needs on one page: its title and the drawing at its smallest (a chart is never split). */
export function chartHeight(ctx: RenderContext, block: ChartBlock): number {
  return (
    block.scene.height * chartScale(ctx, block.scene) * ctx.theme.chartMinScale +
    (chartTitle(ctx, block)?.height ?? 0) +
    8
  );
}

/**
 * Draws a chart scene as vectors inside a Figure structure element whose alternative text is the
 * scene's description; the title is drawn above it as a caption.
 */
export function drawChart(
  ctx: RenderContext,
  block: ChartBlock,
  parent: PDFKit.PDFStructureElement,
): void {
  const { doc } = ctx;
  // A right-to-left page has its charts mirrored: time runs from the right, axis labels and legend at the right.
  const scene = ctx.direction === 'rtl' ? mirrorChartScene(block.scene) : block.scene;
  const title = chartTitle(ctx, block);
  ensureSpace(ctx, chartHeight(ctx, block));
  const k = fittedScale(ctx, block);
  const width = scene.width * k;
  const height = scene.height * k;
  const figure = doc.struct('Figure', {
    alt: scene.description,
    bbox: [ctx.left, ctx.y, ctx.left + ctx.width, ctx.y + height + (title?.height ?? 0)],
  });
  const content = doc.markStructureContent('Figure');
  if (title?.lines[0]) {
    for (const line of title.lines) {
      drawLine(ctx, line, ctx.left, ctx.y + title.lineHeight * 0.8, ctx.theme.colors.ink);
      ctx.y += title.lineHeight;
    }
    ctx.y += 4;
  }
  const ox = ctx.direction === 'rtl' ? ctx.left + ctx.width - width : ctx.left;
  doc.save();
  drawShapes(ctx, scene, ox, ctx.y, k);
  doc.restore();
  drawLabels(ctx, scene, ox, ctx.y, k);
  doc.endMarkedContent();
  figure.add(content);
  figure.end();
  parent.add(figure);
  ctx.y += height + ctx.theme.paragraphGap + 4;
}
