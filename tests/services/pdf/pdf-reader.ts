// Reads PDFs back for the engine tests: text (pdf.js getTextContent), glyph positions (pdf.js
import { inflateSync } from 'node:zlib';
// operator list), metadata and font resources.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}
export interface PlacedGlyph {
  text: string;
  x: number;
  width: number;
  y: number;
}
export interface PageRead {
  items: TextItem[];
  text: string;
  glyphs: PlacedGlyph[];
}
export interface PdfRead {
  pages: PageRead[];
  text: string;
  info: Record<string, unknown>;
  numPages: number;
}

interface PdfGlyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

/** Opens a PDF with pdf.js and reads every page's text items and glyph positions, plus the Info dictionary. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdf = await getDocument({
    data: bytes.slice(),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const pages: PageRead[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      items.push({
        str: raw.str,
        x: raw.transform[4] as number,
        y: raw.transform[5] as number,
        width: raw.width,
        height: raw.height,
        hasEOL: raw.hasEOL,
      });
    }
    const text = items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('');
    pages.push({ items, text, glyphs: await glyphsOf(page) });
  }
  const meta = await pdf.getMetadata();
  const info = meta.info as Record<string, unknown>;
  const numPages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: pages.map((p) => p.text).join('\n'), info, numPages };
}

/** Every drawn glyph with its x position, from Tm/Tf/TJ operators (as pdfkit writes them). */
async function glyphsOf(
  page: Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>,
): Promise<PlacedGlyph[]> {
  const ops = await page.getOperatorList();
  const out: PlacedGlyph[] = [];
  let size = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.setFont) size = args[1] as number;
    else if (fn === OPS.setTextMatrix) {
      const m = (
        typeof args[0] === 'object' && args[0] !== null ? args[0] : args
      ) as ArrayLike<number>;
      x = m[4] as number;
      y = m[5] as number;
    } else if (fn === OPS.showText) {
      for (const g of args[0] as (PdfGlyph | number)[]) {
        if (typeof g === 'number') {
          x -= (g / 1000) * size;
          continue;
        }
        const w = (g.width / 1000) * size;
        out.push({ text: g.unicode, x, width: w, y });
        x += w;
      }
    }
  }
  return out;
}

/** Font names in the PDF's font dictionaries (pdfkit writes them uncompressed). */
export function baseFontNames(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  return [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1] as string);
}

/** The standard 14 PDF fonts (and their common aliases). */
export const STANDARD_14 = ['Courier', 'Helvetica', 'Times', 'Symbol', 'ZapfDingbats', 'Arial'];

/**
 * Words of one visual line, left to right: glyphs on baseline y, sorted by x, split at spaces.
 * `spacesBetween[i]` counts space glyphs between word i and i+1.
 */
export function visualWords(
  glyphs: readonly PlacedGlyph[],
  y: number,
): { words: { text: string; x: number; right: number }[]; spacesBetween: number[] } {
  const line = glyphs.filter((g) => Math.abs(g.y - y) < 0.5).sort((a, b) => a.x - b.x);
  const words: { text: string; x: number; right: number }[] = [];
  const spacesBetween: number[] = [];
  let pendingSpaces = 0;
  let current: { text: string; x: number; right: number } | undefined;
  for (const g of line) {
    if (g.text.trim() === '') {
      if (current) {
        words.push(current);
        current = undefined;
      }
      pendingSpaces++;
      continue;
    }
    if (!current) {
      if (words.length > 0) spacesBetween.push(pendingSpaces);
      pendingSpaces = 0;
      current = { text: '', x: g.x, right: g.x };
    }
    current.text += g.text;
    current.right = g.x + g.width;
  }
  if (current) words.push(current);
  return { words, spacesBetween };
}

/** Baselines (y) of all lines on a page, top to bottom. */
export function baselines(glyphs: readonly PlacedGlyph[]): number[] {
  const ys: number[] = [];
  for (const g of glyphs) if (!ys.some((y) => Math.abs(y - g.y) < 0.5)) ys.push(g.y);
  return ys.sort((a, b) => b - a);
}

/** The text of every Flate-compressed stream in the PDF, decompressed (content streams, CMaps). */
export function inflatedStreams(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', from, 'latin1');
    if (start < 0) break;
    const end = raw.indexOf('\nendstream', start, 'latin1');
    if (end < 0) break;
    try {
      out.push(inflateSync(raw.subarray(start + 7, end)).toString('latin1'));
    } catch {
      // not a Flate stream (e.g. font program written raw)
    }
    from = end + 10;
  }
  return out.join('\n');
}

/** The PDF literal string pdfkit writes for a non-ASCII text: "(" + escaped UTF-16BE with BOM + ")", as latin1. */
export function pdfUnicodeLiteral(text: string): string {
  let bytes = '\xfe\xff';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += String.fromCharCode(c >> 8, c & 0xff);
  }
  const escapes: Record<string, string> = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
    '(': '\\(',
    ')': '\\)',
    '\\': '\\\\',
  };
  return `(${bytes.replace(/[\n\r\t\b\f()\\]/g, (c) => escapes[c] ?? c)})`;
}

/** For each content stream: whether every BDC/BMC has its EMC, and no EMC comes first. */
export function markedContentBalanced(bytes: Uint8Array): boolean[] {
  return contentStreams(bytes).map((text) => {
    let depth = 0;
    for (const op of text.match(/\b(BDC|BMC|EMC)\b/g) ?? []) {
      depth += op === 'EMC' ? -1 : 1;
      if (depth < 0) return false;
    }
    return depth === 0;
  });
}

function contentStreams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', from, 'latin1');
    if (start < 0) break;
    const end = raw.indexOf('\nendstream', start, 'latin1');
    try {
      const text = inflateSync(raw.subarray(start + 7, end)).toString('latin1');
      if (/\b(BT|BDC|EMC)\b/.test(text)) out.push(text);
    } catch {
      // font programs and other binary streams
    }
    from = end + 10;
  }
  return out;
}
