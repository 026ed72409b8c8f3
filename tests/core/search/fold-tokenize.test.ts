import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, indexedForms, searchTerms, wordRanges } from '../../../core/search';

describe('foldText', () => {
  it.each([
    ['Zoë Ørsted', 'zoe orsted'],
    ['José ÁLVAREZ', 'jose alvarez'],
    ['Æsir Œuvre Straße', 'aesir oeuvre strasse'],
    ['Łukasz Đorđević', 'lukasz dordevic'],
    ['Þórsdóttir', 'thorsdottir'],
    ['İstanbul ılık', 'istanbul ilik'],
    ['Nguyễn Thảo', 'nguyen thao'],
    ['ΝΊΚΟΣ Νίκος', 'νικοσ νικοσ'],
    ['Фёдорова Ёлка', 'федорова елка'],
    ["O'Brien D’Souza", 'obrien dsouza'],
    ['ＦＵＬＬ ﬁx', 'full fix'],
    ['שָׁלוֹם', 'שלום'],
    ['مُحَمَّد', 'محمد'],
    ['الأحمد إبراهيم آمنة', 'الاحمد ابراهيم امنه'],
    ['مـــحمد', 'محمد'],
    ['مستشفى', 'مستشفي'],
    ['김민수', '김민수'],
    ['王小明', '王小明'],
  ])('%j folds to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
    );
  });
});

describe('search terms and word ranges', () => {
  it('splits Chinese and Japanese by character and keeps other words whole', () => {
    expect(searchTerms('王小明 met Zoë')).toEqual(['王', '小', '明', 'met', 'zoe']);
    expect(searchTerms('さくら東京abc')).toEqual(['さ', 'く', 'ら', '東', '京', 'abc']);
    expect(searchTerms('דנה לוי, محمد الأحمد')).toEqual(['דנה', 'לוי', 'محمد', 'الاحمد']);
    expect(searchTerms('CS-2023/014 — ok!')).toEqual(['cs', '2023', '014', 'ok']);
  });

  it('finds each word in the typed text, with the same words as the folded terms', () => {
    const text = 'Zoë O’Brien, 王小明 & דנה!';
    const words = wordRanges(text).map((r) => text.slice(r.start, r.end));
    expect(words).toEqual(['Zoë', 'O’Brien', '王', '小', '明', 'דנה']);
    expect(words.map(foldText)).toEqual(searchTerms(text));
  });

  it('gives word ranges that agree with the folded terms for random text', () => {
    const pieces = fc.constantFrom(
      'Zoë',
      'Ørsted',
      'josé',
      '王小明',
      'דנה',
      'محمد',
      'Νίκος',
      'Фёдор',
      'O’Brien',
      '2024',
      ' ',
      ', ',
      ' — ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const words = wordRanges(text).map((r) => foldText(text.slice(r.start, r.end)));
        expect(words).toEqual(searchTerms(text));
      }),
    );
  });

  it('also stores an Arabic word without its definite article', () => {
    expect(indexedForms('الاحمد')).toEqual(['الاحمد', 'احمد']);
    expect(indexedForms('ال')).toEqual(['ال']);
    expect(indexedForms('zoe')).toEqual(['zoe']);
  });
});
