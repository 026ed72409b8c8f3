/**
 * electron/services/pdf/pdfkit-0.20.d.ts declares what pdfkit 0.20.2 has and @types/pdfkit 0.17
 * lacks. These checks run against a real pdfkit document, so a pdfkit change that drops or
 * reshapes one of those members fails here instead of drifting silently behind the types.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { openFace } from '../../../electron/services/pdf/font-set';
import { FONTS_DIR } from './render-helpers';

function newDoc(): PDFKit.PDFDocument {
  return new PDFDocument({ tagged: true, displayTitle: true, compress: false, font: '' });
}

/** The whole uncompressed PDF a document writes, as Latin-1 text. */
function bytesOf(doc: PDFKit.PDFDocument): Promise<string> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    doc.end();
  });
}

describe('the pdfkit 0.20 members the PDF engine relies on exist as declared', () => {
  it('registerFont takes an opened fontkit font; _registeredFonts and _font hold what was chosen', () => {
    const doc = newDoc();
    const face = openFace(FONTS_DIR, 'sans');
    expect(doc._registeredFonts).toEqual({});
    expect(doc._font).toBeNull();
    doc.registerFont('sans', face);
    // Identity, not deep equality: a fontkit font is a large object graph.
    expect(doc._registeredFonts.sans?.src).toBe(face);
    doc.font('sans');
    expect(doc._font?.font).toBe(face);
    expect(doc._font?.name).toBe(face.postscriptName);
  });

  it('the catalog (_root) has ViewerPreferences when the document is made with displayTitle', () => {
    expect(newDoc()._root.data.ViewerPreferences?.data).toMatchObject({ DisplayDocTitle: true });
    const plain = new PDFDocument({ font: '' });
    expect(plain._root.data.ViewerPreferences).toBeUndefined();
  });

  it('struct options bbox, placement and scope become Layout and Table attributes', async () => {
    const doc = newDoc();
    doc.registerFont('sans', openFace(FONTS_DIR, 'sans'));
    doc.font('sans');
    const root = doc.struct('Document');
    doc.addStructure(root);
    const figure = doc.struct('Figure', { alt: 'A chart', bbox: [72, 100, 272, 200] });
    const aside = doc.struct('Div', { placement: 'Inline' });
    const th = doc.struct('TH', { scope: 'Row' });
    for (const el of [figure, aside, th]) {
      root.add(el);
      el.add(doc.markStructureContent('Span'));
      doc.text('Zoë Ørsted', 72, 120);
      doc.endMarkedContent();
      el.end();
    }
    root.end();
    const pdf = await bytesOf(doc);
    // pdfkit turns the top-down bbox into PDF's bottom-up page coordinates (page height 792).
    expect(pdf).toMatch(/\/O \/Layout\s+\/Placement \/Block\s+\/BBox \[72 592 272 692\]/);
    expect(pdf).toMatch(/\/O \/Layout\s+\/Placement \/Inline/);
    expect(pdf).toMatch(/\/O \/Table\s+\/Scope \/Row/);
  });

  it('continueOnNewPage starts a page and continues the open marked content there', () => {
    const doc = new PDFDocument({ tagged: true, bufferPages: true, font: '' });
    doc.markContent('Span');
    doc.continueOnNewPage();
    expect(doc.bufferedPageRange().count).toBe(2);
    doc.endMarkedContent();
  });
});
