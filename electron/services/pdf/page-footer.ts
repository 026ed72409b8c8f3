import { formatPageLabel } from '../../../core/document/document';
import { drawLine } from './draw-text';
import type { RenderContext } from './render-context';
import { layoutText } from './block-text';

/**
 * Writes "Page n of N" (from a localised template) at the foot of every buffered page (centred, or
 * at the right on a right-to-left page), marked as a
 * pagination artifact so screen readers skip it.
 */
export function drawPageFooters(ctx: RenderContext, template: string): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = formatPageLabel(template, i + 1, range.count);
    // Centred on a left-to-right page; on a right-to-left page set at the right, where its lines start.
    const laid = layoutText(ctx, label, ctx.width, {
      size: ctx.theme.footerSize,
      lineHeight: 1.2,
      align: ctx.direction === 'rtl' ? 'start' : 'center',
    });
    const line = laid.lines[0];
    if (!line) continue;
    doc.markContent('Artifact', { type: 'Pagination' });
    drawLine(
      ctx,
      line,
      ctx.left,
      ctx.pageHeight - ctx.theme.margin.bottom / 2,
      ctx.theme.colors.quiet,
    );
    doc.endMarkedContent();
  }
}
