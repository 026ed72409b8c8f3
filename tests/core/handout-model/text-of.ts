// Collects every piece of text a document model holds (blocks, tables, charts, alt text).
import type { DocumentBlock } from '../../../core/document/blocks';
import type { RenderableDocument } from '../../../core/document/document';
import { plainText } from '../../../core/document/inline-text';

function blockText(b: DocumentBlock): string[] {
  switch (b.type) {
    case 'heading':
      return [b.text];
    case 'paragraph':
      return [plainText(b.text)];
    case 'list':
      return b.items.map(plainText);
    case 'keyValue':
      return b.rows.flatMap((r) => [r.key, plainText(r.value)]);
    case 'table':
      return [
        b.caption ?? '',
        ...b.columns.map((c) => c.header),
        ...b.rows.flatMap((r) => r.map(plainText)),
      ];
    case 'chart':
      return [
        b.scene.title ?? '',
        b.scene.description,
        ...(b.scene.labels ?? []).map((l) => l.text),
      ];
    case 'callout':
      return [b.title ?? '', ...b.content.flatMap(blockText)];
    case 'signature':
      return [b.label, b.name ?? '', b.date ?? ''];
    default:
      return [];
  }
}

/** Every text of the document, joined by new lines. */
export function textOf(doc: RenderableDocument): string {
  return [doc.title, ...doc.blocks.flatMap(blockText)].join('\n');
}

/** The level-2 headings, in order. */
export function h2s(doc: RenderableDocument): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 ? [b.text] : []));
}
