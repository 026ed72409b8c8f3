import type { KeyValueBlock, ListBlock } from '../../../core/document/blocks';
import { baselineOffset, drawLine, drawParagraph } from './draw-text';
import { currentPage, ensureSpace, type RenderContext } from './render-context';
import { isRtl, langOption, layoutText } from './block-text';
import { ITEM_KEEP_LINES, openingHeight } from './keep-together';

/**
 * Draws a bulleted or numbered list (L > LI > Lbl + LBody). The marker sits on each item's start
 * side, beside its text: left for left-to-right text, right for right-to-left. In a list set in
 * 'auto' direction every item takes the direction of its own first strong character. An item (a
 * referral or crisis-line card) is kept whole on one page unless it is very long.
 */
export function drawList(
  ctx: RenderContext,
  block: ListBlock,
  parent: PDFKit.PDFStructureElement,
  left = ctx.left,
  width = ctx.width,
): void {
  const { doc } = ctx;
  const spec = ctx.theme.body;
  const indent = block.ordered ? ctx.theme.listIndent + 8 : ctx.theme.listIndent;
  const bodyWidth = width - indent;
  const list = doc.struct('L', langOption(ctx, block.lang));
  block.items.forEach((item, index) => {
    const laid = layoutText(ctx, item, bodyWidth, {
      size: spec.size,
      lineHeight: spec.lineHeight,
      direction: block.direction,
    });
    const rtl = block.direction === 'auto' ? laid.rtl : isRtl(ctx, block.direction);
    const bodyLeft = rtl ? left : left + indent;
    const marker = layoutText(ctx, block.ordered ? `${index + 1}.` : '\u2022', indent - 4, {
      size: spec.size,
      lineHeight: spec.lineHeight,
      direction: rtl ? 'rtl' : 'ltr',
      align: 'end',
    });
    const li = doc.struct('LI');
    ensureSpace(ctx, openingHeight(laid, ITEM_KEEP_LINES));
    const lbl = doc.struct('Lbl');
    const content = doc.markStructureContent('Lbl');
    const markerLine = marker.lines[0];
    if (markerLine) {
      const markerLeft = rtl ? left + width - indent + 4 : left;
      // Numbers end just before the text; bullets sit centred in the gutter.
      drawLine(
        ctx,
        markerLine,
        block.ordered || rtl ? markerLeft : markerLeft + 2,
        ctx.y + baselineOffset(spec.size, laid.lineHeight),
        ctx.theme.colors.accent,
      );
    }
    doc.endMarkedContent();
    lbl.add(content);
    lbl.end();
    li.add(lbl);
    const body = doc.struct('LBody');
    drawParagraph(ctx, body, 'LBody', laid, bodyLeft, ctx.theme.colors.ink);
    body.end();
    li.add(body);
    li.end();
    list.add(li);
    ctx.y += ctx.theme.listGap;
  });
  list.end();
  parent.add(list);
  ctx.y += ctx.theme.paragraphGap - ctx.theme.listGap;
}

/** Draws label–value rows as a two-column table (label column on the start side). */
export function drawKeyValue(
  ctx: RenderContext,
  block: KeyValueBlock,
  parent: PDFKit.PDFStructureElement,
  left = ctx.left,
  width = ctx.width,
): void {
  const { doc } = ctx;
  const spec = ctx.theme.body;
  const rtl = isRtl(ctx, block.direction);
  const gap = 12;
  const keyWidth = Math.round(width * 0.34);
  const valueWidth = width - keyWidth - gap;
  const keyLeft = rtl ? left + width - keyWidth : left;
  const valueLeft = rtl ? left : left + keyWidth + gap;
  const table = doc.struct('Table', langOption(ctx, block.lang));
  for (const row of block.rows) {
    const key = layoutText(ctx, row.key, keyWidth, {
      size: spec.size,
      lineHeight: spec.lineHeight,
      base: 'bold',
      direction: block.direction,
    });
    const value = layoutText(ctx, row.value, valueWidth, {
      size: spec.size,
      lineHeight: spec.lineHeight,
      direction: block.direction,
    });
    ensureSpace(ctx, Math.max(key.height, value.height));
    const tr = doc.struct('TR');
    const top = ctx.y;
    const th = doc.struct('TH', { scope: 'Row' });
    drawParagraph(ctx, th, 'TH', key, keyLeft, ctx.theme.colors.quiet);
    th.end();
    tr.add(th);
    const keyBottom = ctx.y;
    const keyPage = currentPage(ctx);
    ctx.y = top;
    const td = doc.struct('TD');
    drawParagraph(ctx, td, 'TD', value, valueLeft, ctx.theme.colors.ink);
    td.end();
    tr.add(td);
    if (currentPage(ctx) === keyPage) ctx.y = Math.max(ctx.y, keyBottom);
    tr.end();
    table.add(tr);
    ctx.y += 4;
  }
  table.end();
  parent.add(table);
  ctx.y += ctx.theme.paragraphGap;
}
