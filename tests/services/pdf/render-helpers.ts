// Shared set-up for the PDF engine tests.
import { resolve } from 'node:path';
import type { DocumentBlock } from '../../../core/document/blocks';
import type { RenderableDocument } from '../../../core/document/document';
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
