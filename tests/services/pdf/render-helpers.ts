// Shared set-up for the PDF engine tests.
import { resolve } from 'node:path';
import type { DocumentBlock } from '../../../core/document/blocks';
import type { RenderableDocument } from '../../../core/document/document';
import { openFontSet } from '../../../electron/services/pdf/font-set';
import { layoutParagraph } from '../../../electron/services/pdf/paragraph-layout';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { FIXED_DATE } from '../../fixtures/pdf/sample-documents';

export const FONTS_DIR = resolve('resources/fonts');

/** A document around the given blocks: A4, fixed date, no footer unless asked. */
export function docOf(
  blocks: DocumentBlock[],
  over: Partial<RenderableDocument> = {},
): RenderableDocument {
  return {
    title: 'Closing session handout',
    lang: 'en',
    direction: 'ltr',
    pageSize: 'A4',
    creationDate: FIXED_DATE,
    blocks,
    ...over,
  };
}

/** Renders with the shipped fonts. */
export function render(doc: RenderableDocument): Promise<Uint8Array> {
  return renderDocument(doc, { fontsDir: FONTS_DIR });
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufefc]/u;

/** Turns a word read in visual (left-to-right glyph) order back into typed order when it is right-to-left. */
export function typedOrder(visualWord: string): string {
  return RTL.test(visualWord) ? [...visualWord].reverse().join('') : visualWord;
}

/** Each line's text as typed, for one regular-style paragraph laid out at one width. */
export function typedLinesAt(
  text: string,
  width: number,
  style: { direction: 'ltr' | 'rtl'; size: number; lineHeight: number },
): string[] {
  const laid = layoutParagraph(
    [{ text, style: 'regular' }],
    width,
    { ...style, align: 'start' },
    fonts(),
  );
  return laid.lines.map((l) => l.runs.map((r) => r.typed).join(''));
}

let fontSet: ReturnType<typeof openFontSet> | null = null;
function fonts(): ReturnType<typeof openFontSet> {
  return (fontSet ??= openFontSet(FONTS_DIR));
}
