import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_EN,
  CATALOGUE_KEYS,
  COMPLETE_HANDOUT_LANGUAGES,
  DOCUMENT_CATALOGUES,
  documentWords,
  icuArguments,
  icuOverrideProblem,
} from '../../../core/handout-i18n';
import { HandoutDefaultsSchema } from '../../../core/settings/settings-schema';
import { HANDOUT_LANGUAGES } from '../../../core/clients/languages';

const languages = Object.keys(DOCUMENT_CATALOGUES);

describe('document catalogues', () => {
  it.each(languages)(
    '%s has exactly the English keys, each valid ICU with the same arguments',
    (lang) => {
      const catalogue = DOCUMENT_CATALOGUES[lang]!;
      expect(Object.keys(catalogue).sort()).toEqual([...CATALOGUE_KEYS].sort());
      for (const key of CATALOGUE_KEYS) {
        expect(catalogue[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(icuArguments(catalogue[key]), `${lang} ${key}`).toEqual(
          icuArguments(CATALOGUE_EN[key]),
        );
      }
    },
  );

  it('ships the twelve languages the issue asks for, each a known handout language', () => {
    expect([...languages].sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fa',
      'fr',
      'he',
      'pt',
      'ru',
      'uk',
      'vi',
      'zh',
    ]);
    for (const lang of languages) expect(HANDOUT_LANGUAGES.some((l) => l.code === lang)).toBe(true);
    expect([...COMPLETE_HANDOUT_LANGUAGES].sort()).toEqual([...languages].sort());
  });

  it('a language without a catalogue gets English; a long date is written in the client language', () => {
    expect(documentWords('ur').lang).toBe('en');
    expect(documentWords('en').date('2025-03-14', 'long')).toBe('14 March 2025');
    expect(documentWords('en').date('2025-03-14', 'dmy')).toBe('14/03/2025');
    expect(documentWords('en').or(['Call', 'Text'])).toBe('Call or Text');
  });

  it('bold arguments come back as strong spans, typed words exactly as given', () => {
    for (const name of [
      'Zoë Ørsted',
      'محمد الأحمد',
      'דנה לוי',
      '王小明',
      'Ольга Петровна',
      '{odd} name',
    ]) {
      const spans = documentWords('en').inline('handout.for', { name }, ['name']);
      expect(spans).toEqual([{ text: 'For ' }, { text: name, emphasis: 'strong' }]);
    }
  });
});

describe('rewritten sentences', () => {
  it('refuses a sentence that is not ICU or changes the arguments, with a clear message', () => {
    expect(icuOverrideProblem('For {name}', 'Para {name}')).toBeNull();
    expect(icuOverrideProblem('For {name}', 'Para {nombre}')).toMatch(
      /must keep \{name\}.*\{nombre\} is not known/,
    );
    expect(icuOverrideProblem('For {name}', 'Para {name')).toMatch(/not valid/);
  });

  it('settings keep valid overrides and refuse invalid ones; an override is used by the documents', () => {
    const ok = HandoutDefaultsSchema.safeParse({
      wordingOverrides: { en: { 'handout.for': 'Written for {name}' } },
      wordingChecked: ['en'],
    });
    expect(ok.success).toBe(true);
    expect(
      HandoutDefaultsSchema.safeParse({
        wordingOverrides: { en: { 'handout.for': 'Written for you' } },
      }).success,
    ).toBe(false);
    expect(
      HandoutDefaultsSchema.safeParse({ wordingOverrides: { en: { 'no.such.key': 'x' } } }).success,
    ).toBe(false);
    expect(HandoutDefaultsSchema.safeParse({ wordingOverrides: { xx: {} } }).success).toBe(false);
    const words = documentWords('en', { en: { 'handout.for': 'Written for {name}' } });
    expect(words.t('handout.for', { name: 'Ana' })).toBe('Written for Ana');
    expect(
      documentWords('en', { en: { 'handout.for': 'broken {' } }).t('handout.for', { name: 'Ana' }),
    ).toBe('For Ana');
  });
});
