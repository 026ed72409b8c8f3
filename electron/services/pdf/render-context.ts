import type PDFDocument from 'pdfkit';
import { fixEmojiUnicode } from './emoji-unicode';
import { EMOJI_FACE, type FaceKey, type FontSet } from './font-set';
import { fixRtlLigatureUnicode } from './tounicode-order';
import { THEME, type Theme } from './theme';

/** Where the renderer is on the page, and what it draws with. */
export interface RenderContext {
  doc: PDFKit.PDFDocument;
  fonts: FontSet;
  /** Document language and direction (blocks may override). */
  lang: string;
  direction: 'ltr' | 'rtl';
  pageWidth: number;
  pageHeight: number;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
  /** Top of the next thing to draw. */
  y: number;
  /** Lowest y content may reach on a page. */
  bottom: number;
  /** The y of a fresh page's first line. */
  top: number;
  /** A page break was asked for and is taken before the next block. */
  pageBreakPending: boolean;
  /** The Document structure element every block hangs under. */
  root: PDFKit.PDFStructureElement;
  /** Type, spacing and colours of this document. */
  theme: Theme;
}

/** Creates the rendering context for a pdfkit document already sized and tagged. */
export function createContext(
  doc: PDFKit.PDFDocument,
  fonts: FontSet,
  lang: string,
  direction: 'ltr' | 'rtl',
  root: PDFKit.PDFStructureElement,
  theme: Theme = THEME,
): RenderContext {
  const pageWidth = doc.page.width;
  const pageHeight = doc.page.height;
  const { top, bottom, side } = theme.margin;
  return {
    doc,
    fonts,
    lang,
    direction,
    pageWidth,
    pageHeight,
    left: side,
    width: pageWidth - 2 * side,
    y: top,
    top,
    bottom: pageHeight - bottom,
    pageBreakPending: false,
    root,
    theme,
  };
}

/** Starts a new page and moves to its top; open marked content is closed and continued there. */
export function newPage(ctx: RenderContext): void {
  ctx.doc.continueOnNewPage();
  ctx.y = ctx.top;
}

/** Starts a new page unless `height` still fits below y (or y is already at the top of a page). */
export function ensureSpace(ctx: RenderContext, height: number): void {
  if (ctx.y + height > ctx.bottom && ctx.y > ctx.top + 0.5) newPage(ctx);
}

/** Whether `height` fits below y on the current page. */
export function fits(ctx: RenderContext, height: number): boolean {
  return ctx.y + height <= ctx.bottom;
}

/** The index of the page being drawn on. */
export function currentPage(ctx: RenderContext): number {
  const range = ctx.doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Selects a face and size for the next text, registering the face with pdfkit on first use. */
export function useFace(ctx: RenderContext, face: FaceKey, size: number): void {
  const { doc } = ctx;
  if (!doc._registeredFonts[face]) doc.registerFont(face, ctx.fonts.faces[face]);
  doc.font(face).fontSize(size);
  if (face === EMOJI_FACE) fixEmojiUnicode(doc._font);
  fixRtlLigatureUnicode(doc._font);
}

/** The pdfkit document type, re-exported for modules that only need the type. */
export type PdfDoc = InstanceType<typeof PDFDocument>;
