/**
 * The bench's baseline: the same handout content drawn with plain pdfkit calls and the same TTF
 * fonts — pdfkit's own line wrapping and page breaks, no layout engine (no bidi, glyph coverage,
 * keep-together or structure tags). What the engine costs is measured against this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { CalloutContent, DocumentBlock } from '../../core/document/blocks';
import type { ChartScene } from '../../core/document/chart-scene';
import type { RenderableDocument } from '../../core/document/document';
import { toSpans, type InlineText } from '../../core/document/inline-text';
import { chartColor, PAGE_SIZES, THEME } from '../../electron/services/pdf/theme';

const FILES = {
  sans: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  oblique: 'DejaVuSans-Oblique.ttf',
} as const;
type Face = keyof typeof FILES;
const bytes = new Map<string, Buffer>();

function fontBytes(dir: string, face: Face): Buffer {
  const key = join(dir, FILES[face]);
  let b = bytes.get(key);
  if (!b) bytes.set(key, (b = readFileSync(key)));
  return b;
}

/** Draws inline text as pdfkit runs (bold for strong, oblique for em), wrapped by pdfkit. */
function inline(
  doc: PDFKit.PDFDocument,
  text: InlineText,
  size: number,
  x: number,
  width: number,
  base: Face = 'sans',
  color: string = THEME.colors.ink,
): void {
  const spans = toSpans(text);
  doc.fillColor(color).fontSize(size);
  spans.forEach((span, i) => {
    doc.font(span.emphasis === 'strong' ? 'bold' : span.emphasis === 'em' ? 'oblique' : base);
    doc.text(span.text, i === 0 ? x : undefined, undefined, {
      width,
      continued: i < spans.length - 1,
      lineGap: size * 0.4,
    });
  });
  if (spans.length === 0) doc.text('', x, undefined, { width });
}

function chart(doc: PDFKit.PDFDocument, scene: ChartScene, x: number, width: number): void {
  if (scene.title) inline(doc, scene.title, THEME.quiet.size + 1, x, width, 'bold');
  const k = Math.min(width / scene.width, 150 / scene.height);
  if (doc.y + scene.height * k > doc.page.height - THEME.margin.bottom) doc.addPage();
  const oy = doc.y + 4;
  doc.save();
  for (const r of scene.rects ?? [])
    doc
      .rect(x + r.x * k, oy + r.y * k, r.width * k, r.height * k)
      .fill(chartColor(r.fill, THEME.colors.accentSoft));
  for (const line of scene.lines ?? []) {
    const [first, ...rest] = line.points;
    if (!first) continue;
    doc.moveTo(x + first[0] * k, oy + first[1] * k);
    for (const [px, py] of rest) doc.lineTo(x + px * k, oy + py * k);
    doc
      .lineWidth((line.width ?? 1) * k)
      .strokeColor(chartColor(line.stroke, THEME.colors.accent))
      .stroke();
  }
  for (const p of scene.points ?? [])
    doc
      .circle(x + p.x * k, oy + p.y * k, (p.radius ?? 3) * k)
      .fill(chartColor(p.fill, THEME.colors.accent));
  doc.restore();
  for (const l of scene.labels ?? []) {
    doc
      .font(l.bold ? 'bold' : 'sans')
      .fontSize((l.size ?? 10) * k)
      .fillColor(chartColor(l.color, THEME.colors.quiet));
    const w = doc.widthOfString(l.text);
    const shift = l.anchor === 'middle' ? w / 2 : l.anchor === 'end' ? w : 0;
    doc.text(l.text, x + l.x * k - shift, oy + l.y * k - (l.size ?? 10) * k * 0.8, {
      lineBreak: false,
    });
  }
  doc.x = x;
  doc.y = oy + scene.height * k + THEME.paragraphGap;
}

function content(
  doc: PDFKit.PDFDocument,
  c: CalloutContent | DocumentBlock,
  x: number,
  width: number,
): void {
  const body = THEME.body.size;
  switch (c.type) {
    case 'heading': {
      const spec = THEME.headings[c.level];
      doc.moveDown(0.4);
      inline(
        doc,
        c.text,
        spec.size,
        x,
        width,
        'bold',
        c.level === 1 ? THEME.colors.accent : THEME.colors.ink,
      );
      return;
    }
    case 'paragraph':
      inline(
        doc,
        c.text,
        c.tone === 'quiet' ? THEME.quiet.size : body,
        x,
        width,
        'sans',
        c.tone === 'quiet' ? THEME.colors.quiet : THEME.colors.ink,
      );
      doc.moveDown(0.3);
      return;
    case 'list':
      c.items.forEach((item, i) => {
        const y = doc.y;
        doc
          .font('sans')
          .fontSize(body)
          .fillColor(THEME.colors.accent)
          .text(c.ordered ? `${i + 1}.` : '\u2022', x, y, { lineBreak: false });
        doc.y = y;
        inline(doc, item, body, x + THEME.listIndent, width - THEME.listIndent);
      });
      doc.moveDown(0.3);
      return;
    case 'keyValue':
      for (const row of c.rows) {
        const y = doc.y;
        doc
          .font('bold')
          .fontSize(body)
          .fillColor(THEME.colors.quiet)
          .text(row.key, x, y, { width: width * 0.34 });
        const keyBottom = doc.y;
        doc.y = y;
        inline(doc, row.value, body, x + width * 0.34 + 12, width * 0.66 - 12);
        doc.y = Math.max(doc.y, keyBottom);
      }
      doc.moveDown(0.3);
      return;
    default:
      block(doc, c, x, width);
  }
}

function block(doc: PDFKit.PDFDocument, b: DocumentBlock, x: number, width: number): void {
  switch (b.type) {
    case 'table': {
      if (b.caption) inline(doc, b.caption, THEME.quiet.size, x, width, 'bold', THEME.colors.quiet);
      const total = b.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
      const widths = b.columns.map((c) => (width * (c.weight ?? 1)) / total);
      const row = (cells: readonly InlineText[], head: boolean) => {
        const y = doc.y;
        if (head) doc.rect(x, y, width, THEME.quiet.size * 2).fill(THEME.colors.tableHeader);
        let cx = x;
        let bottom = y;
        cells.forEach((cell, i) => {
          doc.y = y + 4;
          inline(
            doc,
            cell,
            THEME.quiet.size + 0.5,
            cx + 6,
            (widths[i] ?? 0) - 12,
            head ? 'bold' : 'sans',
          );
          bottom = Math.max(bottom, doc.y + 4);
          cx += widths[i] ?? 0;
        });
        doc
          .moveTo(x, bottom)
          .lineTo(x + width, bottom)
          .lineWidth(0.5)
          .strokeColor(THEME.colors.rule)
          .stroke();
        doc.y = bottom;
      };
      row(
        b.columns.map((c) => c.header),
        true,
      );
      for (const r of b.rows) row(r, false);
      doc.moveDown(0.5);
      return;
    }
    case 'chart':
      return chart(doc, b.scene, x, width);
    case 'callout': {
      const top = doc.y;
      if (b.title)
        inline(
          doc,
          b.title,
          THEME.body.size + 1.5,
          x + 18,
          width - 32,
          'bold',
          THEME.colors.accent,
        );
      for (const c of b.content) content(doc, c, x + 18, width - 32);
      doc.rect(x, top, 4, doc.y - top).fill(THEME.colors.accent);
      doc.moveDown(0.5);
      return;
    }
    case 'signature':
      inline(doc, [b.label, b.name, b.date].filter(Boolean).join('\n'), THEME.quiet.size, x, 240);
      return;
    case 'spacer':
      doc.y += b.size;
      return;
    case 'pageBreak':
      doc.addPage();
      return;
    default:
      content(doc, b, x, width);
  }
}

/** Draws a document model's content with plain pdfkit calls (fresh fonts per document, as the engine). */
export async function renderRaw(
  document: RenderableDocument,
  fontsDir: string,
): Promise<Uint8Array> {
  const [w, h] = PAGE_SIZES[document.pageSize];
  const m = THEME.margin;
  const doc = new PDFDocument({
    size: [w, h],
    margins: { top: m.top, bottom: m.bottom, left: m.side, right: m.side },
    font: null as unknown as string,
    compress: true,
    bufferPages: true,
    pdfVersion: '1.7',
  });
  for (const face of Object.keys(FILES) as Face[])
    doc.registerFont(face, fontBytes(fontsDir, face));
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font('sans');
  const width = w - 2 * m.side;
  for (const b of document.blocks) block(doc, b, m.side, width);
  if (document.pageLabel) {
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(i);
      // The label sits in the bottom margin: lift the margin so pdfkit does not start a new page.
      doc.page.margins.bottom = 0;
      doc
        .font('sans')
        .fontSize(THEME.footerSize)
        .fillColor(THEME.colors.quiet)
        .text(`${i + 1} / ${range.count}`, m.side, h - m.bottom / 2, {
          width,
          align: 'center',
          lineBreak: false,
        });
    }
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
