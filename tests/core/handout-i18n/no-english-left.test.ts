// A non-English handout, one-page handout and closure letter hold none of the English catalogue's sentences.
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_EN,
  CATALOGUE_KEYS,
  DOCUMENT_CATALOGUES,
  documentWords,
} from '../../../core/handout-i18n';
import { buildClosureLetter, buildHandout, buildOnePageHandout } from '../../../core/handout-model';
import { HANDOUT_SECTIONS } from '../../../core/handout-model/choices';
import { directionOf } from '../../../core/clients/languages';
import { sampleSource } from '../handout-model/source-fixture';
import { textOf } from '../handout-model/text-of';

/** English fixed text worth looking for: each literal run of a message (between its arguments), long enough not to be a word shared across languages. */
function englishPieces(lang: string): string[] {
  const target = DOCUMENT_CATALOGUES[lang]!;
  return CATALOGUE_KEYS.filter((key) => target[key] !== CATALOGUE_EN[key])
    .flatMap((key) => CATALOGUE_EN[key].split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
    .flatMap((piece) => piece.split('\n'))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 12);
}

const others = Object.keys(DOCUMENT_CATALOGUES).filter((lang) => lang !== 'en');

describe('documents in the client language', () => {
  it.each(others)(
    '%s: handout, one-page handout and both letters hold no English fixed sentence',
    (lang) => {
      const source = sampleSource();
      const client = { ...source.client, language: lang, direction: directionOf(lang) };
      const withLang = { ...source, client };
      const docs = [
        buildHandout(withLang),
        buildOnePageHandout(withLang, [...HANDOUT_SECTIONS]),
        buildClosureLetter(withLang, { variant: 'minimal' }),
        buildClosureLetter(withLang, { variant: 'clinical' }),
      ];
      const pieces = englishPieces(lang);
      expect(pieces.length).toBeGreaterThan(40);
      for (const doc of docs) {
        const text = textOf(doc);
        for (const piece of pieces) expect(text, `${lang}: "${piece}"`).not.toContain(piece);
        expect(doc.lang).toBe(lang);
        expect(doc.pageLabel).toBe(
          documentWords(lang).t('page.label', { page: '{page}', total: '{total}' }),
        );
      }
      // The catalogue's own headings are there, and the fixed text is marked as being in the client's language.
      const handout = docs[0]!;
      expect(textOf(handout)).toContain(DOCUMENT_CATALOGUES[lang]!['handout.heading']);
      const heading = handout.blocks.find((b) => b.type === 'heading');
      expect(heading && 'lang' in heading ? (heading.lang ?? handout.lang) : handout.lang).toBe(
        lang,
      );
    },
  );

  it('English documents are unchanged in wording', () => {
    const text = textOf(buildHandout(sampleSource()));
    expect(text).toContain('Looking back, moving forward');
    expect(text).toContain('If you need help right away');
  });
});
