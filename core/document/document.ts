import type { DocumentBlock } from './blocks';
import type { TextDirection } from './inline-text';

export type PageSize = 'A4' | 'Letter';

/** A document ready to render: its blocks plus document-level settings. Plain data only. */
export interface RenderableDocument {
  /** Generic title shown in the viewer and stored in metadata; never client data. */
  title: string;
  /** BCP 47 language of the document, e.g. "en", "he", "zh-Hans". */
  lang: string;
  direction: Exclude<TextDirection, 'auto'>;
  pageSize: PageSize;
  /**
   * Footer template with {page} and {total}, e.g. "Page {page} of {total}" or "עמוד {page} מתוך {total}".
   * No footer when absent.
   */
  pageLabel?: string;
  /** Fixed creation date (ISO 8601); when given the output is byte-identical for the same input. */
  creationDate?: string;
  /**
   * Pages the document should keep to when it can (a letter: 1): a document that takes more is set
   * in the loosest tighter theme that keeps it to this many, and in the default theme when none does.
   */
  keepToPages?: number;
  blocks: readonly DocumentBlock[];
}

/** Fills a page-label template such as "Page {page} of {total}". */
export function formatPageLabel(template: string, page: number, total: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{total}', String(total));
}
