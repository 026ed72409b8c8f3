import type { InlineText, TextDirection } from './inline-text';
import type { ChartScene } from './chart-scene';

/** Settings every text-bearing block may override. */
export interface BlockText {
  /** BCP 47 language of this block when it differs from the document's. */
  lang?: string;
  /** Writing direction; defaults to the document's direction. */
  direction?: TextDirection;
}

export interface HeadingBlock extends BlockText {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock extends BlockText {
  type: 'paragraph';
  text: InlineText;
  /** Smaller, quieter text (notes, fine print). */
  tone?: 'normal' | 'quiet';
}

export interface ListBlock extends BlockText {
  type: 'list';
  items: readonly InlineText[];
  ordered?: boolean;
}

export interface KeyValueRow {
  key: string;
  value: InlineText;
}

export interface KeyValueBlock extends BlockText {
  type: 'keyValue';
  rows: readonly KeyValueRow[];
}

export interface TableColumn {
  header: string;
  /** Relative width (default 1). */
  weight?: number;
  /** Alignment within the column, relative to the writing direction (default 'start'). */
  align?: 'start' | 'end' | 'center';
}

export interface TableBlock extends BlockText {
  type: 'table';
  /** Shown above the table and used as its accessible name. */
  caption?: string;
  columns: readonly TableColumn[];
  /** One cell per column in each row. */
  rows: readonly (readonly InlineText[])[];
}

export interface ChartBlock {
  type: 'chart';
  scene: ChartScene;
}

/** The blocks a callout box may hold. */
export type CalloutContent = ParagraphBlock | ListBlock | KeyValueBlock;

/** A clearly set-off box, e.g. crisis lines. */
export interface CalloutBlock extends BlockText {
  type: 'callout';
  title?: string;
  tone?: 'info' | 'important';
  content: readonly CalloutContent[];
  /**
   * Keeps the box on one page with a short paragraph or list just before it (and so with that
   * block's heading): the box never stands alone at the top of a page (a letter's crisis lines).
   */
  keepWithPrevious?: boolean;
}

export interface SignatureBlock extends BlockText {
  type: 'signature';
  /** Caption under the line, e.g. "Signature". */
  label: string;
  /** Printed name and credentials under the caption. */
  name?: string;
  /** Already formatted date text. */
  date?: string;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export interface SpacerBlock {
  type: 'spacer';
  /** Height in points. */
  size: number;
}

/** Everything a document is made of, in reading order. */
export type DocumentBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | KeyValueBlock
  | TableBlock
  | ChartBlock
  | CalloutBlock
  | SignatureBlock
  | PageBreakBlock
  | SpacerBlock;
