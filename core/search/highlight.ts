/**
 * Marking matched words in plain text: ranges (offsets into the text) that the UI wraps in
 * a highlight. No markup is ever produced here.
 */
import { foldText } from './fold';
import { foldWord, indexedForms, wordRanges, type TextRange } from './tokenize';

/** Plain text with the ranges of its matched words, for highlighting without HTML. */
export interface HighlightedText {
  text: string;
  /** Sorted, non-overlapping; adjacent matched characters (e.g. "王小") form one range. */
  highlights: TextRange[];
}

/** Tells whether a word as typed is one of the matched stored terms (in any indexed form). */
export function wordMatches(word: string, matchedTerms: ReadonlySet<string>): boolean {
  const folded = foldText(word);
  if (matchedTerms.has(folded)) return true;
  // Rare: folding split the word (a compatibility form) or it has an Arabic article.
  for (const term of foldWord(word)) {
    for (const form of indexedForms(term)) if (matchedTerms.has(form)) return true;
  }
  return false;
}

/** The ranges of the words of `text` that are matched stored terms, merged when adjacent. */
export function matchedRanges(text: string, matchedTerms: ReadonlySet<string>): TextRange[] {
  const ranges: TextRange[] = [];
  if (matchedTerms.size === 0) return ranges;
  for (const range of wordRanges(text)) {
    if (!wordMatches(text.slice(range.start, range.end), matchedTerms)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end === range.start) last.end = range.end;
    else ranges.push({ start: range.start, end: range.end });
  }
  return ranges;
}

/** Highlights the matched words of a short text (a name, a record code). */
export function highlightText(text: string, matchedTerms: ReadonlySet<string>): HighlightedText {
  return { text, highlights: matchedRanges(text, matchedTerms) };
}
