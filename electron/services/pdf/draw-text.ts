import type { LaidLine, LaidParagraph } from './paragraph-layout';
import {
  currentPage,
  ensureSpace,
  fits,
  newPage,
  useFace,
  type RenderContext,
} from './render-context';

/** Where the baseline sits inside a line box of the given pitch. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight - size) / 2 + size * 0.8;
}

/**
 * Draws one laid-out line with its baseline at `baseline`: each run at its own x, in typed order.
 * Placeholders for missing glyphs carry the typed text as ActualText (and a soft hyphen's visible
 * hyphen the soft hyphen).
 */
export function drawLine(
  ctx: RenderContext,
  line: LaidLine,
  left: number,
  baseline: number,
  color: string,
): void {
  const { doc } = ctx;
  doc.fillColor(color);
  for (const run of line.runs) {
    useFace(ctx, run.face, run.size);
    const actual = run.missing ? run.typed : run.actualText;
    if (actual !== undefined) doc.markContent('Span', { actual });
    doc.text(run.drawText, left + run.x, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      features: [],
    });
    if (actual !== undefined) doc.endMarkedContent();
  }
}

/**
 * Draws a paragraph's lines from ctx.y down, starting new pages as needed, inside marked content
 * for the structure element `el` (tag `tag`). Returns when ctx.y is below the last line. A page
 * break never leaves the last line alone at the top of a page when two lines can move together.
 */
export function drawParagraph(
  ctx: RenderContext,
  el: PDFKit.PDFStructureElement,
  tag: string,
  laid: LaidParagraph,
  left: number,
  color: string,
  onLine?: (top: number, height: number) => void,
): void {
  const { doc } = ctx;
  const pitch = laid.lineHeight;
  const count = laid.lines.length;
  ensureSpace(ctx, pitch);
  const content = doc.markStructureContent(tag);
  let page = currentPage(ctx);
  let onThisPage = 0;
  laid.lines.forEach((line, k) => {
    // Only the last line would go over: take the one before it along (two lines stay on this page).
    if (k === count - 2 && onThisPage >= 2 && fits(ctx, pitch) && !fits(ctx, 2 * pitch))
      newPage(ctx);
    ensureSpace(ctx, pitch);
    if (currentPage(ctx) !== page) {
      page = currentPage(ctx);
      onThisPage = 0;
    }
    onThisPage++;
    onLine?.(ctx.y, pitch);
    drawLine(ctx, line, left, ctx.y + baselineOffset(laid.size, pitch), color);
    ctx.y += pitch;
  });
  doc.endMarkedContent();
  el.add(content);
}

/** Draws vector decoration (rules, boxes) as an Artifact so screen readers skip it. */
export function drawArtifact(ctx: RenderContext, draw: () => void): void {
  ctx.doc.markContent('Artifact');
  ctx.doc.save();
  draw();
  ctx.doc.restore();
  ctx.doc.endMarkedContent();
}
