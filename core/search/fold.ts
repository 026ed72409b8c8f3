/**
 * Folding: the one text normalisation shared by the index and the query, so that case,
 * accents and a few script-specific spellings never stop a match. "Zoë Ørsted" and
 * "zoe orsted" fold to the same text; so do "الأحمد" and "الاحمد".
 */

/** Letters that compatibility decomposition leaves alone, mapped to what people type instead. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
  ς: 'σ',
  // Arabic: alef wasla, alef maksura, teh marbuta (commonly typed as their plain forms).
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
};

const LETTER_FOLD_PATTERN = /[øæœßłđðþıħŧŀĸſƒςٱىة]/g;
/** Combining marks: Latin/Greek/Cyrillic accents, Hebrew niqqud, Arabic tashkeel. */
const MARKS = /\p{M}/gu;
/** Arabic tatweel (kashida), a purely visual stretch. */
const TATWEEL = /\u0640/g;
/** Apostrophes inside names ("O'Brien", "D’Souza") are dropped, never split on. */
const APOSTROPHES = /['’ʼ‘]/g;
// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Folds text for matching: lower case, no accents or other combining marks, compatibility
 * forms unified (full-width letters, ligatures), a few letters spelled as people type them
 * (ø→o, æ→ae, ß→ss, ł→l, đ→d…), Arabic alef and hamza forms unified, Hebrew niqqud and Arabic
 * tashkeel removed, apostrophes dropped. Word boundaries are never moved.
 */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, '');
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(LETTER_FOLD_PATTERN, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(TATWEEL, '')
    .replace(APOSTROPHES, '')
    .normalize('NFC');
}
