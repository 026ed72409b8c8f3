import type { HeadingBlock, ParagraphBlock, SignatureBlock } from '../../../core/document/blocks';
import { drawArtifact, drawParagraph } from './draw-text';
import { ensureSpace, type RenderContext } from './render-context';
import { isRtl, langOption, layoutText } from './block-text';
import type { LaidParagraph } from './paragraph-layout';
import { openingHeight, PARAGRAPH_KEEP_LINES } from './keep-together';

/**
 * Draws a heading (H1–H3) on the same page as `following` points of what comes after it (the start
 * of the next block, see openingOf), so a heading is never left alone at the foot of a page.
 */
export function drawHeading(
  ctx: RenderContext,
  block: HeadingBlock,
  parent: PDFKit.PDFStructureElement,
  following = 0,
): void {
  const spec = ctx.theme.headings[block.level];
  const laid = layoutText(ctx, block.text, ctx.width, {
    size: spec.size,
    lineHeight: spec.lineHeight,
    base: 'bold',
    direction: block.direction,
  });
  if (ctx.y > ctx.top + 0.5) ctx.y += spec.before;
  ensureSpace(ctx, laid.height + spec.after + following);
  const tag = `H${block.level}`;
  const el = ctx.doc.struct(tag, langOption(ctx, block.lang));
  drawParagraph(
    ctx,
    el,
    tag,
    laid,
    ctx.left,
    block.level === 1 ? ctx.theme.colors.accent : ctx.theme.colors.ink,
  );
  el.end();
  parent.add(el);
  ctx.y += spec.after;
}

/**
 * Draws a paragraph of inline text (wrapping, bidi, page breaks). A short paragraph (a contact
 * block) stays on one page; a longer one never leaves a single line at the foot of a page.
 */
export function drawParagraphBlock(
  ctx: RenderContext,
  block: ParagraphBlock,
  parent: PDFKit.PDFStructureElement,
  left = ctx.left,
  width = ctx.width,
): void {
  const spec = block.tone === 'quiet' ? ctx.theme.quiet : ctx.theme.body;
  const laid = layoutText(ctx, block.text, width, {
    size: spec.size,
    lineHeight: spec.lineHeight,
    direction: block.direction,
  });
  ensureSpace(ctx, openingHeight(laid, PARAGRAPH_KEEP_LINES));
  const el = ctx.doc.struct('P', langOption(ctx, block.lang));
  drawParagraph(
    ctx,
    el,
    'P',
    laid,
    left,
    block.tone === 'quiet' ? ctx.theme.colors.quiet : ctx.theme.colors.ink,
  );
  el.end();
  parent.add(el);
  ctx.y += ctx.theme.paragraphGap;
}

function signatureTexts(
  ctx: RenderContext,
  block: SignatureBlock,
  lineWidth: number,
): LaidParagraph[] {
  const spec = ctx.theme.quiet;
  const texts = [block.label, block.name, block.date].filter((t): t is string => !!t);
  return texts.map((t) =>
    layoutText(ctx, t, lineWidth, {
      size: spec.size,
      lineHeight: spec.lineHeight,
      direction: block.direction,
    }),
  );
}

/** The height a signature block needs on one page: the space above the line, the line and the texts under it. */
export function signatureHeight(ctx: RenderContext, block: SignatureBlock): number {
  return (
    36 + signatureTexts(ctx, block, Math.min(240, ctx.width)).reduce((h, l) => h + l.height, 0)
  );
}

/** Draws a signature line with its caption, printed name and date under it. */
export function drawSignature(
  ctx: RenderContext,
  block: SignatureBlock,
  parent: PDFKit.PDFStructureElement,
): void {
  const lineWidth = Math.min(240, ctx.width);
  const rtl = isRtl(ctx, block.direction);
  const x0 = rtl ? ctx.left + ctx.width - lineWidth : ctx.left;
  const laid = signatureTexts(ctx, block, lineWidth);
  ensureSpace(ctx, signatureHeight(ctx, block));
  ctx.y += 30;
  const lineY = ctx.y;
  drawArtifact(ctx, () => {
    ctx.doc
      .moveTo(x0, lineY)
      .lineTo(x0 + lineWidth, lineY)
      .lineWidth(0.75)
      .strokeColor(ctx.theme.colors.quiet)
      .stroke();
  });
  ctx.y += 4;
  const el = ctx.doc.struct('P', langOption(ctx, block.lang));
  for (const l of laid) drawParagraph(ctx, el, 'P', l, x0, ctx.theme.colors.quiet);
  el.end();
  parent.add(el);
  ctx.y += ctx.theme.paragraphGap;
}
