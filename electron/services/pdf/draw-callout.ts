import type { CalloutBlock } from '../../../core/document/blocks';
import { drawArtifact, drawParagraph } from './draw-text';
import { currentPage, ensureSpace, type RenderContext } from './render-context';
import { isRtl, langOption, layoutText } from './block-text';
import { drawParagraphBlock } from './draw-text-blocks';
import { drawKeyValue, drawList } from './draw-lists';

const PAD = 14;
const BAR = 4;

/** The height of a callout's box: padding, title and content, as drawn (without the gap after it). */
function boxHeight(ctx: RenderContext, block: CalloutBlock, innerWidth: number): number {
  const body = ctx.theme.body;
  const opts = (direction: CalloutBlock['direction']) => ({
    size: body.size,
    lineHeight: body.lineHeight,
    direction,
  });
  let h = 2 * PAD - ctx.theme.paragraphGap;
  if (block.title)
    h +=
      layoutText(ctx, block.title, innerWidth, {
        ...opts(block.direction),
        size: body.size + 1.5,
        lineHeight: 1.35,
        base: 'bold',
      }).height + 4;
  for (const c of block.content) {
    const dir = c.direction ?? block.direction;
    if (c.type === 'paragraph') {
      const spec = c.tone === 'quiet' ? ctx.theme.quiet : body;
      h +=
        layoutText(ctx, c.text, innerWidth, {
          ...opts(dir),
          size: spec.size,
          lineHeight: spec.lineHeight,
        }).height + ctx.theme.paragraphGap;
    } else if (c.type === 'list') {
      const indent = c.ordered ? ctx.theme.listIndent + 8 : ctx.theme.listIndent;
      for (const item of c.items)
        h += layoutText(ctx, item, innerWidth - indent, opts(dir)).height + ctx.theme.listGap;
      h += ctx.theme.paragraphGap - ctx.theme.listGap;
    } else {
      const keyWidth = Math.round(innerWidth * 0.34);
      for (const row of c.rows) {
        const key = layoutText(ctx, row.key, keyWidth, { ...opts(dir), base: 'bold' }).height;
        h +=
          Math.max(key, layoutText(ctx, row.value, innerWidth - keyWidth - 12, opts(dir)).height) +
          4;
      }
      h += ctx.theme.paragraphGap;
    }
  }
  return h;
}

/** The height a callout needs below y to be drawn as one box (with the gap after it). */
export function calloutHeight(ctx: RenderContext, block: CalloutBlock): number {
  return boxHeight(ctx, block, ctx.width - 2 * PAD - BAR) + ctx.theme.paragraphGap;
}

/**
 * Draws a clearly set-off box (e.g. crisis lines): tinted background, an accent bar on the start
 * side, a bold title. A box taller than a page keeps the accent bar on every page instead.
 */
export function drawCallout(
  ctx: RenderContext,
  block: CalloutBlock,
  parent: PDFKit.PDFStructureElement,
): void {
  const { doc } = ctx;
  const rtl = isRtl(ctx, block.direction);
  const innerLeft = ctx.left + (rtl ? PAD : PAD + BAR);
  const innerWidth = ctx.width - 2 * PAD - BAR;
  const height = boxHeight(ctx, block, innerWidth);
  ensureSpace(ctx, height + ctx.theme.paragraphGap);
  const top = ctx.y;
  const startPage = currentPage(ctx);
  const boxed = ctx.y + height <= ctx.bottom;
  const fill =
    block.tone === 'important' ? ctx.theme.colors.calloutImportant : ctx.theme.colors.calloutInfo;
  const barX = rtl ? ctx.left + ctx.width - BAR : ctx.left;
  if (boxed) {
    drawArtifact(ctx, () => {
      doc.roundedRect(ctx.left, top, ctx.width, height, 6).fill(fill);
      doc.rect(barX, top, BAR, height).fill(ctx.theme.colors.accent);
    });
  }
  const div = doc.struct('Div', {
    ...langOption(ctx, block.lang),
    ...(block.title ? { title: block.title } : {}),
  });
  ctx.y += PAD;
  if (block.title) {
    const title = layoutText(ctx, block.title, innerWidth, {
      size: ctx.theme.body.size + 1.5,
      lineHeight: 1.35,
      base: 'bold',
      direction: block.direction,
    });
    const h = doc.struct('P');
    drawParagraph(ctx, h, 'P', title, innerLeft, ctx.theme.colors.accent);
    h.end();
    div.add(h);
    ctx.y += 4;
  }
  for (const c of block.content) {
    const inner = { ...c, direction: c.direction ?? block.direction };
    if (inner.type === 'paragraph') drawParagraphBlock(ctx, inner, div, innerLeft, innerWidth);
    else if (inner.type === 'list') drawList(ctx, inner, div, innerLeft, innerWidth);
    else drawKeyValue(ctx, inner, div, innerLeft, innerWidth);
  }
  div.end();
  parent.add(div);
  if (!boxed) {
    const endPage = currentPage(ctx);
    const endY = ctx.y;
    for (let p = startPage; p <= endPage; p++) {
      doc.switchToPage(p);
      const y0 = p === startPage ? top : ctx.top;
      const y1 = p === endPage ? endY : ctx.bottom;
      drawArtifact(ctx, () => doc.rect(barX, y0, BAR, y1 - y0).fill(ctx.theme.colors.accent));
    }
  }
  ctx.y =
    (boxed ? Math.max(ctx.y - ctx.theme.paragraphGap + PAD, top + height) : ctx.y) +
    ctx.theme.paragraphGap;
}
