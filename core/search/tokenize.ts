/**
 * Splitting text into search terms. Words are runs of letters, digits and marks (apostrophes
 * inside a word keep it whole); Chinese characters and Japanese kana are one term each, so a
 * single character such as "王" finds "王小明" (these scripts do not put spaces between words).
 */
import { foldText } from './fold';

/** A word's place in a text: `text.slice(start, end)`, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ‘]+[\p{L}\p{N}\p{M}]+)*/gu;
const HAS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const CJK_OR_RUN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

/** Tells whether a term is made of Chinese characters or Japanese kana (searched by character). */
export function isCjkTerm(term: string): boolean {
  return HAS_CJK.test(term);
}

/** The word ranges of a text as typed (not folded), with Chinese and Japanese split by character. */
export function wordRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    if (!HAS_CJK.test(word)) {
      ranges.push({ start, end: start + word.length });
      continue;
    }
    for (const part of word.matchAll(CJK_OR_RUN)) {
      ranges.push({ start: start + part.index, end: start + part.index + part[0].length });
    }
  }
  return ranges;
}

/** The folded terms of a text: what the index stores and what a query is looked up by. */
export function searchTerms(text: string): string[] {
  const folded = foldText(text);
  const terms: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    const word = m[0];
    if (!HAS_CJK.test(word)) {
      terms.push(word);
      continue;
    }
    for (const part of word.matchAll(CJK_OR_RUN)) terms.push(part[0]);
  }
  return terms;
}

/** The folded terms of one word as typed (a word from `wordRanges`); usually exactly one. */
export function foldWord(word: string): string[] {
  return searchTerms(word);
}

const ARABIC_ARTICLE = 'ال';

/**
 * The forms under which an indexed term is stored: the term itself and, for an Arabic word
 * with the definite article, the word without it ("الاحمد" is also found as "احمد").
 */
export function indexedForms(term: string): string[] {
  if (term.startsWith(ARABIC_ARTICLE) && term.length >= 4)
    return [term, term.slice(ARABIC_ARTICLE.length)];
  return [term];
}
