/**
 * The PDF catalog of each exported document says its language and reading direction: client-facing
 * documents (handout, one-page handout, closure letter) the client's handout language, the
 * discharge summary the clinician's (English). The documents' own wording is in the client's
 * language when its catalogue is complete; otherwise it is English and marked so inside the document.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fromBase64, sampleVault } from './documents-helpers';

const CLIENT_FACING = ['handout', 'handout-one-page', 'closure-letter'] as const;

interface Catalog {
  lang: unknown;
  direction: unknown;
  bytes: Uint8Array;
}

async function exportAll(client: Record<string, unknown>): Promise<Record<string, Catalog>> {
  const { h, session } = await sampleVault({ client });
  const out: Record<string, Catalog> = {};
  for (const kind of [...CLIENT_FACING, 'discharge-summary'] as const) {
    const doc = await h.call('documents.export', { sessionId: session.id, kind });
    const bytes = fromBase64((await h.call('documents.getPdf', { documentId: doc.id })).base64);
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const prefs = (await pdf.getViewerPreferences()) as Record<string, unknown> | null;
    await pdf.destroy();
    out[kind] = { lang: info.Language, direction: prefs?.Direction, bytes };
  }
  return out;
}

describe('each document says its own language and direction', () => {
  it('a Hebrew-speaking client: client-facing documents he, R2L; the discharge summary en, L2R', async () => {
    const docs = await exportAll({ displayName: 'דנה לוי', language: 'he' });
    for (const kind of CLIENT_FACING)
      expect(docs[kind], kind).toMatchObject({ lang: 'he', direction: 'R2L' });
    expect(docs['discharge-summary']).toMatchObject({ lang: 'en', direction: 'L2R' });
    // The handout's own headings are in Hebrew (its catalogue), so none is marked English.
    const raw = Buffer.from(docs.handout!.bytes).toString('latin1');
    expect(raw).not.toMatch(/\/S \/H2[^>]*\/Lang \(en\)|\/Lang \(en\)[^>]*\/S \/H2/);
  });

  it('an Arabic-speaking client: ar, R2L', async () => {
    const docs = await exportAll({ displayName: 'محمد الأحمد', language: 'ar' });
    for (const kind of CLIENT_FACING)
      expect(docs[kind], kind).toMatchObject({ lang: 'ar', direction: 'R2L' });
    expect(docs['discharge-summary']).toMatchObject({ lang: 'en', direction: 'L2R' });
  });

  it('a Polish-speaking client: pl, L2R; an English-speaking one: en, L2R with no English override', async () => {
    const pl = await exportAll({ displayName: 'Żaneta Łukasiewicz', language: 'pl' });
    for (const kind of CLIENT_FACING)
      expect(pl[kind], kind).toMatchObject({ lang: 'pl', direction: 'L2R' });
    // Polish has no finished wording yet: the documents' own English headings are marked English.
    expect(Buffer.from(pl.handout!.bytes).toString('latin1')).toMatch(
      /\/S \/H2[^>]*\/Lang \(en\)|\/Lang \(en\)[^>]*\/S \/H2/,
    );
    const en = await exportAll({ displayName: 'Zoë Ørsted', language: 'en' });
    for (const kind of CLIENT_FACING)
      expect(en[kind], kind).toMatchObject({ lang: 'en', direction: 'L2R' });
    expect(
      Buffer.from(en.handout!.bytes)
        .toString('latin1')
        .match(/\/Lang \(/g),
    ).toHaveLength(1);
  });
});
