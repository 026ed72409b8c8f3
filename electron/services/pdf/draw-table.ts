import type { TableBlock } from '../../../core/document/blocks';
import type { LaidParagraph } from './paragraph-layout';
import { drawArtifact, drawParagraph } from './draw-text';
import { ensureSpace, newPage, type RenderContext } from './render-context';
import { isRtl, langOption, layoutText } from './block-text';

const PAD_X = 6;
const PAD_Y = 4;

interface Column {
  left: number;
  width: number;
  align: 'start' | 'end' | 'center';
}

/** Column boxes from relative weights, mirrored for right-to-left tables. */
function columnBoxes(ctx: RenderContext, block: TableBlock, rtl: boolean): Column[] {
  const total = block.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  let x = 0;
  return block.columns.map((c) => {
    const width = (ctx.width * (c.weight ?? 1)) / total;
    const left = rtl ? ctx.left + ctx.width - x - width : ctx.left + x;
    x += width;
    return { left, width, align: c.align ?? 'start' };
  });
}

type Cell = TableBlock['rows'][number][number];

/** How a table's cells are laid out: column boxes, a cell layout and a row's height. */
interface TableShape {
  cols: Column[];
  lay: (text: Cell, column: number, bold: boolean) => LaidParagraph;
  heightOf: (cells: LaidParagraph[]) => number;
  caption?: LaidParagraph;
}

function tableShape(ctx: RenderContext, block: TableBlock): TableShape {
  const cols = columnBoxes(ctx, block, isRtl(ctx, block.direction));
  const spec = ctx.theme.quiet;
  const lay = (text: Cell, i: number, bold: boolean): LaidParagraph =>
    layoutText(ctx, text, Math.max(8, (cols[i]?.width ?? 0) - 2 * PAD_X), {
      size: spec.size + 0.5,
      lineHeight: spec.lineHeight,
      base: bold ? 'bold' : 'regular',
      direction: block.direction,
      align: cols[i]?.align,
    });
  const heightOf = (cells: LaidParagraph[]): number =>
    Math.max(...cells.map((c) => c.height)) + 2 * PAD_Y;
  const caption = block.caption
    ? layoutText(ctx, block.caption, ctx.width, {
        size: spec.size,
        lineHeight: spec.lineHeight,
        base: 'bold',
        direction: block.direction,
      })
    : undefined;
  return { cols, lay, heightOf, ...(caption ? { caption } : {}) };
}

/** The height of a table's start that is never split from what comes before it: caption, header and first row. */
export function tableOpeningHeight(ctx: RenderContext, block: TableBlock): number {
  const { lay, heightOf, caption } = tableShape(ctx, block);
  const header = heightOf(block.columns.map((c, i) => lay(c.header, i, true)));
  const first = block.rows[0];
  const row = first ? heightOf(block.columns.map((_, i) => lay(first[i] ?? '', i, false))) : 0;
  return (caption ? caption.height + 2 : 0) + header + row;
}

/**
 * Draws a table (Table > TR > TH/TD) with a shaded header row that repeats after page breaks.
 * Rows are kept whole on one page when they fit on one.
 */
export function drawTable(
  ctx: RenderContext,
  block: TableBlock,
  parent: PDFKit.PDFStructureElement,
): void {
  const { doc } = ctx;
  const { cols, lay, heightOf, caption } = tableShape(ctx, block);
  const header = block.columns.map((c, i) => lay(c.header, i, true));
  const rows = block.rows.map((row) => block.columns.map((_, i) => lay(row[i] ?? '', i, false)));
  const table = doc.struct('Table', langOption(ctx, block.lang));
  if (caption) {
    ensureSpace(ctx, caption.height + heightOf(header) + (rows[0] ? heightOf(rows[0]) : 0));
    const el = doc.struct('Caption');
    drawParagraph(ctx, el, 'Caption', caption, ctx.left, ctx.theme.colors.quiet);
    el.end();
    table.add(el);
    ctx.y += 2;
  }
  const drawRow = (cells: LaidParagraph[], head: boolean): void => {
    const height = heightOf(cells);
    const top = ctx.y;
    drawArtifact(ctx, () => {
      if (head) doc.rect(ctx.left, top, ctx.width, height).fill(ctx.theme.colors.tableHeader);
      doc
        .moveTo(ctx.left, top + height)
        .lineTo(ctx.left + ctx.width, top + height)
        .lineWidth(0.5)
        .strokeColor(ctx.theme.colors.rule)
        .stroke();
    });
    const tr = doc.struct('TR');
    cells.forEach((laid, i) => {
      const tag = head ? 'TH' : 'TD';
      const cell = doc.struct(tag, head ? { scope: 'Column' } : {});
      ctx.y = top + PAD_Y;
      drawParagraph(
        ctx,
        cell,
        tag,
        laid,
        (cols[i]?.left ?? ctx.left) + PAD_X,
        head ? ctx.theme.colors.ink : ctx.theme.colors.ink,
      );
      cell.end();
      tr.add(cell);
    });
    tr.end();
    table.add(tr);
    ctx.y = top + height;
  };
  ensureSpace(ctx, heightOf(header) + (rows[0] ? heightOf(rows[0]) : 0));
  drawRow(header, true);
  for (const cells of rows) {
    const height = heightOf(cells);
    if (ctx.y + height > ctx.bottom && ctx.y > ctx.top + 0.5) {
      newPage(ctx);
      drawRow(header, true);
    }
    drawRow(cells, false);
  }
  table.end();
  parent.add(table);
  ctx.y += ctx.theme.paragraphGap + 4;
}
