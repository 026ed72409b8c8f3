import type { LaidLine, LaidParagraph } from './paragraph-layout';
import type { PlacedRun } from './line-runs';
import { drawGroups } from './draw-groups';
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
 * Draws one laid-out line with its baseline at `baseline`: each run at its own x, in the groups of
 * drawGroups (typed order between groups, left to right inside one, each group one text object so
 * extractors keep the spaces between its runs). Placeholders for missing glyphs carry the typed
 * text as ActualText (and a soft hyphen's visible hyphen the soft hyphen).
 */
export function drawLine(
  ctx: RenderContext,
  line: LaidLine,
  left: number,
  baseline: number,
  color: string,
): void {
  ctx.doc.fillColor(color);
  for (const group of drawGroups(line.runs)) {
    if (group.length === 1) drawRun(ctx, group[0] as PlacedRun, left, baseline);
    else inOneTextObject(ctx.doc, () => group.forEach((run) => drawRun(ctx, run, left, baseline)));
  }
}

function drawRun(ctx: RenderContext, run: PlacedRun, left: number, baseline: number): void {
  const { doc } = ctx;
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

/** pdfkit's content writer (public in pdfkit, missing from its types). */
interface ContentWriter {
  addContent(data: string): unknown;
}

/**
 * Runs `draw` (text calls only) and writes what it drew as one text object: pdfkit wraps each text
 * call in q … BT … ET … Q, and pdf.js ends a piece of text at every Q that changes the font back,
 * so runs drawn by separate calls never joined into one piece. The operators between two calls'
 * ET and BT (Q, q and the same page transform) are dropped; anything else is written unchanged.
 */
function inOneTextObject(doc: PDFKit.PDFDocument, draw: () => void): void {
  const writer = doc as unknown as ContentWriter;
  const ops: string[] = [];
  writer.addContent = (data: string) => {
    ops.push(data);
    return doc;
  };
  try {
    draw();
  } finally {
    delete (writer as Partial<ContentWriter>).addContent;
  }
  const transform = ops[1];
  for (let i = 0; i < ops.length; i++) {
    const joinsNext =
      ops[i] === 'ET' &&
      ops[i + 1] === 'Q' &&
      ops[i + 2] === 'q' &&
      ops[i + 3] === transform &&
      / cm$/.test(transform ?? '') &&
      ops[i + 4] === 'BT';
    if (joinsNext) i += 4;
    else writer.addContent(ops[i] as string);
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
