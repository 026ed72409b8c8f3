import PDFDocument from 'pdfkit';
import type { DocumentBlock } from '../../../core/document/blocks';
import type { RenderableDocument } from '../../../core/document/document';
import { openFontSet } from './font-set';
import { PAGE_SIZES, THEME, type Theme } from './theme';
import { FIT_THEMES } from './fit-themes';
import { pdfInfo, setReadingDirection } from './pdf-metadata';
import { createContext, ensureSpace, newPage, useFace, type RenderContext } from './render-context';
import { drawHeading, drawParagraphBlock, drawSignature } from './draw-text-blocks';
import { drawKeyValue, drawList } from './draw-lists';
import { drawTable } from './draw-table';
import { drawChart } from './draw-chart';
import { drawCallout } from './draw-callout';
import { drawPageFooters } from './page-footer';
import { keptWithCallout, openingOf } from './block-opening';

/** Where the engine finds what it needs. */
export interface RenderOptions {
  /** Folder holding the shipped TTF fonts (resources/fonts). */
  fontsDir: string;
  /** Type and spacing (the default theme unless a tighter one was chosen to fit a page). */
  theme?: Theme;
}

function drawBlock(ctx: RenderContext, block: DocumentBlock, next: readonly DocumentBlock[]): void {
  if (block.type === 'pageBreak') {
    // Taken when the next block comes, so a trailing break adds no empty page.
    ctx.pageBreakPending = true;
    return;
  }
  if (ctx.pageBreakPending && ctx.y > ctx.top + 0.5) newPage(ctx);
  ctx.pageBreakPending = false;
  // A callout that keeps with the block before it takes that block along to the next page.
  const kept = keptWithCallout(ctx, [block, ...next]);
  if (kept > 0) ensureSpace(ctx, kept);
  switch (block.type) {
    case 'heading':
      return drawHeading(ctx, block, ctx.root, openingOf(ctx, next));
    case 'paragraph':
      return drawParagraphBlock(ctx, block, ctx.root);
    case 'list':
      return drawList(ctx, block, ctx.root);
    case 'keyValue':
      return drawKeyValue(ctx, block, ctx.root);
    case 'table':
      return drawTable(ctx, block, ctx.root);
    case 'chart':
      return drawChart(ctx, block, ctx.root);
    case 'callout':
      return drawCallout(ctx, block, ctx.root);
    case 'signature':
      return drawSignature(ctx, block, ctx.root);
    case 'spacer':
      ctx.y = Math.min(ctx.y + Math.max(0, block.size), ctx.bottom);
      return;
  }
}

interface Started {
  doc: PDFKit.PDFDocument;
  ctx: RenderContext;
  root: PDFKit.PDFStructureElement;
}

/** Opens a pdfkit document for a document model and draws its blocks into it (no footers, not ended), stopping once more than `maxPages` pages are begun. */
function drawAll(
  document: RenderableDocument,
  options: RenderOptions,
  maxPages = Infinity,
): Started {
  const fonts = openFontSet(options.fontsDir);
  const [width, height] = PAGE_SIZES[document.pageSize];
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    // No default font (pdfkit's default is Helvetica, one of the standard 14 fonts): every face is
    // chosen with useFace, and pdfkit falls back to its default only for an undefined `font`.
    font: '',
    bufferPages: true,
    tagged: true,
    lang: document.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    compress: true,
    info: pdfInfo(document.title, document.creationDate),
  });
  setReadingDirection(doc, document.direction);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx = createContext(doc, fonts, document.lang, document.direction, root, options.theme);
  useFace(ctx, 'sans', ctx.theme.body.size);
  for (let i = 0; i < document.blocks.length && doc.bufferedPageRange().count <= maxPages; i++) {
    drawBlock(ctx, document.blocks[i] as DocumentBlock, document.blocks.slice(i + 1));
  }
  return { doc, ctx, root };
}

/**
 * How many pages a document takes with these options, found by laying it out exactly as
 * renderDocument does, without writing the PDF. Layout stops early once more than `maxPages`
 * pages are begun (the answer is then maxPages + 1).
 */
export function countLaidPages(
  document: RenderableDocument,
  options: RenderOptions,
  maxPages = Infinity,
): number {
  const { doc } = drawAll(document, options, maxPages);
  return Math.min(doc.bufferedPageRange().count, maxPages + 1);
}

/**
 * The theme a document is drawn in: the one the options name; else, for a document that should keep
 * to a number of pages (keepToPages) and takes more, the loosest tighter theme that keeps it to
 * them; else the default.
 */
export function themeFor(document: RenderableDocument, options: RenderOptions): Theme {
  return drawInItsTheme(document, options).theme;
}

/** The loosest tighter theme that keeps a document to `limit` pages, if any. */
function tighterThemeFor(
  document: RenderableDocument,
  options: RenderOptions,
  limit: number,
): Theme | undefined {
  return FIT_THEMES.slice(1).find(
    (theme) => countLaidPages(document, { ...options, theme }, limit) <= limit,
  );
}

/**
 * The document drawn in the theme `themeFor` describes, with that theme. A document that fits in
 * the default theme (nearly every one) is laid out once: that layout is the one drawn, not
 * counted and then redone.
 */
function drawInItsTheme(
  document: RenderableDocument,
  options: RenderOptions,
): { drawn: Started; theme: Theme } {
  const limit = document.keepToPages;
  const inTheme = (theme: Theme) => ({ drawn: drawAll(document, { ...options, theme }), theme });
  if (options.theme) return inTheme(options.theme);
  const inDefault = inTheme(THEME);
  if (limit === undefined || inDefault.drawn.doc.bufferedPageRange().count <= limit)
    return inDefault;
  const tighter = tighterThemeFor(document, options, limit);
  return tighter ? inTheme(tighter) : inDefault;
}

/**
 * Renders a document to a tagged PDF (structure tree, language, reading direction, title shown in the viewer) with
 * embedded subset TTF fonts, right-to-left text in visual order, vector charts and "page n of N"
 * footers. With a fixed creation date the bytes are the same for the same input.
 */
export async function renderDocument(
  document: RenderableDocument,
  options: RenderOptions,
): Promise<Uint8Array> {
  const { doc, ctx, root } = drawInItsTheme(document, options).drawn;
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  root.end();
  if (document.pageLabel) drawPageFooters(ctx, document.pageLabel);
  doc.end();
  await ended;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
