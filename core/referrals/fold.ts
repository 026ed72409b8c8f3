/** Text folding for search: case, accents and a few letter variants do not matter. */

const LETTER_VARIANTS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ς: 'σ' };

/**
 * Returns text folded for matching: compatibility-decomposed, combining marks removed, lower
 * case, and letters like ß, ø or final sigma mapped to their plain forms ("Ñúñez" → "nunez").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøæœłđðþις]/g, (c) => LETTER_VARIANTS[c] ?? c);
}
