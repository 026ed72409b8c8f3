import type {
  DocumentBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
} from '../../../core/document/blocks';
import type { RenderContext } from './render-context';
import { layoutText } from './block-text';
import { ITEM_KEEP_LINES, openingHeight, PARAGRAPH_KEEP_LINES } from './keep-together';
import { tableOpeningHeight } from './draw-table';
import { chartHeight } from './draw-chart';
import { calloutHeight } from './draw-callout';
import { signatureHeight } from './draw-text-blocks';

/** A heading's own height as drawn: space before (unless at the top of a page), lines, space after. */
export function headingHeight(ctx: RenderContext, block: HeadingBlock, atTop: boolean): number {
  const spec = ctx.theme.headings[block.level];
  const laid = layoutText(ctx, block.text, ctx.width, {
    size: spec.size,
    lineHeight: spec.lineHeight,
    base: 'bold',
    direction: block.direction,
  });
  return (atTop ? 0 : spec.before) + laid.height + spec.after;
}

/** The part of a page's text height a block may take and still be moved along with a callout kept with it. */
const KEPT_BLOCK_MAX = 0.4;

/** A paragraph's or list's whole height as drawn, with the gap after it. */
function wholeHeight(ctx: RenderContext, block: ParagraphBlock | ListBlock): number {
  const body = ctx.theme.body;
  if (block.type === 'paragraph') {
    const spec = block.tone === 'quiet' ? ctx.theme.quiet : body;
    const laid = layoutText(ctx, block.text, ctx.width, {
      size: spec.size,
      lineHeight: spec.lineHeight,
      direction: block.direction,
    });
    return laid.height + ctx.theme.paragraphGap;
  }
  const indent = block.ordered ? ctx.theme.listIndent + 8 : ctx.theme.listIndent;
  const items = block.items.reduce(
    (sum, item) =>
      sum +
      layoutText(ctx, item, ctx.width - indent, {
        size: body.size,
        lineHeight: body.lineHeight,
        direction: block.direction,
      }).height +
      ctx.theme.listGap,
    0,
  );
  return items + ctx.theme.paragraphGap - ctx.theme.listGap;
}

/**
 * The height `blocks[0]` (a paragraph or list) needs on one page with the callout after it when
 * that callout keeps with the block before it (keepWithPrevious): the whole block and the whole
 * box. Zero when no such callout follows, or when the block is too long to move along
 * (more than KEPT_BLOCK_MAX of the page) or the two together would not fit on any page.
 */
export function keptWithCallout(ctx: RenderContext, blocks: readonly DocumentBlock[]): number {
  const [block, next] = blocks;
  if (!block || next?.type !== 'callout' || !next.keepWithPrevious) return 0;
  if (block.type !== 'paragraph' && block.type !== 'list') return 0;
  const pageBody = ctx.bottom - ctx.top;
  const own = wholeHeight(ctx, block);
  const total = own + calloutHeight(ctx, next);
  return own <= pageBody * KEPT_BLOCK_MAX && total <= pageBody ? total : 0;
}

/**
 * The height of the start of `blocks[0]` that a heading before it must stay on the same page with:
 * the first lines of a paragraph, the first item of a list, the first row of a table or key–value
 * list (with caption and header), a whole chart, callout or signature; through any headings that
 * follow each other. Zero when nothing follows or a page break does.
 */
export function openingOf(ctx: RenderContext, blocks: readonly DocumentBlock[]): number {
  const block = blocks[0];
  if (!block) return 0;
  const body = ctx.theme.body;
  const pageBody = ctx.bottom - ctx.top;
  switch (block.type) {
    case 'heading':
      return headingHeight(ctx, block, false) + openingOf(ctx, blocks.slice(1));
    case 'paragraph': {
      const kept = keptWithCallout(ctx, blocks);
      if (kept > 0) return kept;
      const spec = block.tone === 'quiet' ? ctx.theme.quiet : body;
      return openingHeight(
        layoutText(ctx, block.text, ctx.width, {
          size: spec.size,
          lineHeight: spec.lineHeight,
          direction: block.direction,
        }),
        PARAGRAPH_KEEP_LINES,
      );
    }
    case 'list': {
      const kept = keptWithCallout(ctx, blocks);
      if (kept > 0) return kept;
      const first = block.items[0];
      const indent = block.ordered ? ctx.theme.listIndent + 8 : ctx.theme.listIndent;
      if (first === undefined) return 0;
      return openingHeight(
        layoutText(ctx, first, ctx.width - indent, {
          size: body.size,
          lineHeight: body.lineHeight,
          direction: block.direction,
        }),
        ITEM_KEEP_LINES,
      );
    }
    case 'keyValue': {
      const row = block.rows[0];
      if (!row) return 0;
      const keyWidth = Math.round(ctx.width * 0.34);
      const key = layoutText(ctx, row.key, keyWidth, {
        size: body.size,
        lineHeight: body.lineHeight,
        base: 'bold',
        direction: block.direction,
      });
      const value = layoutText(ctx, row.value, ctx.width - keyWidth - 12, {
        size: body.size,
        lineHeight: body.lineHeight,
        direction: block.direction,
      });
      return Math.max(key.height, value.height);
    }
    case 'table':
      return tableOpeningHeight(ctx, block);
    case 'chart':
      return chartHeight(ctx, block);
    case 'callout':
      return Math.min(calloutHeight(ctx, block), pageBody);
    case 'signature':
      return signatureHeight(ctx, block);
    case 'spacer':
      return Math.max(0, block.size) + openingOf(ctx, blocks.slice(1));
    case 'pageBreak':
      return 0;
  }
}
