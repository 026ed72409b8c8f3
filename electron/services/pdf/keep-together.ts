import type { LaidParagraph } from './paragraph-layout';

/** A paragraph of at most this many lines (a contact block, a note) is never split across pages. */
export const PARAGRAPH_KEEP_LINES = 3;
/** A list item of at most this many lines (a referral or crisis-line card) is never split across pages. */
export const ITEM_KEEP_LINES = 12;
/** Lines a longer paragraph keeps together at the foot of a page (no single line left behind). */
const ORPHAN_LINES = 2;

/**
 * The height of a paragraph's start that must fit on the page before it begins: all of it when it
 * has at most `wholeUpTo` lines, else its first two lines.
 */
export function openingHeight(laid: LaidParagraph, wholeUpTo: number): number {
  const lines =
    laid.lines.length <= wholeUpTo ? laid.lines.length : Math.min(ORPHAN_LINES, laid.lines.length);
  return Math.max(1, lines) * laid.lineHeight;
}
