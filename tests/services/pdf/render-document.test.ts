import { describe, expect, it } from 'vitest';
import {
  englishSample,
  hebrewSample,
  NAMES,
  FIXED_DATE,
} from '../../fixtures/pdf/sample-documents';
import { baseFontNames, inflatedStreams, readPdf, STANDARD_14 } from './pdf-reader';
import { docOf, render } from './render-helpers';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

describe('renderDocument', () => {
  it('extracts every name exactly as typed, in six scripts (pdf.js getTextContent)', async () => {
    const read = await readPdf(await render(englishSample()));
    for (const name of NAMES) expect(read.text).toContain(name);
  });

  it('extracts the Arabic lam-alef ligature as the typed letters, not reordered', async () => {
    const read = await readPdf(
      await render(
        docOf([{ type: 'paragraph', text: 'محمد الأحمد' }], { lang: 'ar', direction: 'rtl' }),
      ),
    );
    expect(read.text).toContain('محمد الأحمد');
    expect(read.text).not.toContain('األحمد');
  });

  it('embeds only subset TrueType fonts, never one of the standard 14', async () => {
    for (const doc of [englishSample(), hebrewSample()]) {
      const bytes = await render(doc);
      const names = baseFontNames(bytes);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        expect(name).toMatch(/^[A-Z]{6}\+/);
        for (const std of STANDARD_14) expect(name).not.toContain(std);
      }
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw).not.toMatch(/\/Subtype\s*\/Type1\b/);
      expect(raw).toMatch(/\/FontFile2/);
    }
  });

  it('writes generic metadata with no client data in it', async () => {
    const read = await readPdf(await render(englishSample()));
    expect(read.info.Title).toBe('Closing session handout');
    expect(read.info.Author).toBe('');
    expect(read.info.Subject).toBe('');
    expect(read.info.Keywords).toBe('');
    expect(read.info.Producer).toBe('Closing Session');
    expect(read.info.Creator).toBe('Closing Session');
    expect(read.info.CreationDate).toBe('D:20250314103000Z');
    const values = JSON.stringify(read.info);
    for (const name of NAMES) expect(values).not.toContain(name);
    for (const part of ['Zo', 'Ørsted', 'Παπαδοπούλου', 'Quiet Harbor'])
      expect(values).not.toContain(part);
  });

  it('is byte-identical for the same input and fixed date, and the date matters', async () => {
    const a = await render(englishSample());
    const b = await render(englishSample());
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const c = await render({ ...englishSample(), creationDate: '2025-03-15T10:30:00.000Z' });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(c))).not.toBe(0);
    expect(FIXED_DATE).toBe('2025-03-14T10:30:00.000Z');
  });

  it('is a tagged PDF: language, title shown, headings, lists, table, figure with alt text', async () => {
    const bytes = await render(englishSample());
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/MarkInfo/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/Lang \(en\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    for (const role of [
      'Document',
      'H1',
      'H2',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'TR',
      'TH',
      'TD',
      'Figure',
      'Div',
    ]) {
      expect(raw, role).toMatch(new RegExp(`/S /${role}\\b`));
    }
    expect(raw).toContain('/Alt (Line chart: PHQ-9 fell from 18 to 6');
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const tree = await (await pdf.getPage(1)).getStructTree();
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }): void => {
      if (node.role) roles.push(node.role);
      for (const c of node.children ?? []) walk(c as { role?: string; children?: unknown[] });
    };
    walk(tree as unknown as { role?: string; children?: unknown[] });
    expect(roles).toEqual(expect.arrayContaining(['H1', 'P', 'Figure', 'L', 'LI']));
    await pdf.destroy();
  });

  it('numbers pages "Page n of N" with the given template, as pagination artifacts', async () => {
    const blocks = Array.from({ length: 3 }, (_, i) => [
      { type: 'paragraph' as const, text: `Section ${i + 1}` },
      { type: 'pageBreak' as const },
    ]).flat();
    const bytes = await render(docOf(blocks, { pageLabel: 'Page {page} of {total}' }));
    const read = await readPdf(bytes);
    expect(read.numPages).toBe(3);
    read.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of 3`));
    expect(inflatedStreams(bytes)).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  });

  it('uses the Letter page size when asked', async () => {
    const bytes = await render(
      docOf([{ type: 'paragraph', text: 'Hello' }], { pageSize: 'Letter' }),
    );
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    expect(page.view).toEqual([0, 0, 612, 792]);
    await pdf.destroy();
  });
});
