import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RenderableDocument } from '../../../core/document/document';
import { docOf, render } from './render-helpers';

/** The catalog's /Lang and /ViewerPreferences as pdf.js reads them. */
async function catalogOf(
  doc: RenderableDocument,
): Promise<{ lang: unknown; prefs: Record<string, unknown> | null }> {
  const pdf = await getDocument({ data: await render(doc), verbosity: 0 }).promise;
  const meta = await pdf.getMetadata();
  const prefs = (await pdf.getViewerPreferences()) as Record<string, unknown> | null;
  await pdf.destroy();
  return { lang: (meta.info as Record<string, unknown>).Language, prefs };
}

describe('the catalog says the document language and reading direction', () => {
  it('Hebrew: /Lang (he) and /Direction /R2L', async () => {
    const { lang, prefs } = await catalogOf(
      docOf([{ type: 'paragraph', text: 'דנה לוי' }], { lang: 'he', direction: 'rtl' }),
    );
    expect(lang).toBe('he');
    expect(prefs?.Direction).toBe('R2L');
    expect(prefs?.DisplayDocTitle).toBe(true);
  });

  it('Arabic: /Lang (ar) and /Direction /R2L', async () => {
    const { lang, prefs } = await catalogOf(
      docOf([{ type: 'paragraph', text: 'محمد الأحمد' }], { lang: 'ar', direction: 'rtl' }),
    );
    expect(lang).toBe('ar');
    expect(prefs?.Direction).toBe('R2L');
  });

  it('Polish and English: their own /Lang and /Direction /L2R', async () => {
    for (const lang of ['pl', 'en']) {
      const read = await catalogOf(
        docOf([{ type: 'paragraph', text: 'Żaneta Łukasiewicz' }], { lang, direction: 'ltr' }),
      );
      expect(read.lang).toBe(lang);
      expect(read.prefs?.Direction).toBe('L2R');
    }
  });
});
