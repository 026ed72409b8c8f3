/**
 * For every shipped handout language: a sample handout and closure letter written to
 * test-results/pdfs/<lang>/ (for looking at), and the catalogue's fixed sentences read back
 * exactly from the PDF with pdf.js.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_CATALOGUES, type CatalogueKey } from '../../../core/handout-i18n';
import { buildClosureLetter, buildHandout } from '../../../core/handout-model';
import { directionOf } from '../../../core/clients/languages';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { chartTextMeasure } from '../../../electron/services/pdf/chart-text-measure';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { sampleCrisisLines } from '../../core/handout-model/sample-session';
import { readPdf } from '../pdf/pdf-reader';

const FONTS = resolve('resources/fonts');
const HANDOUT_KEYS: CatalogueKey[] = [
  'handout.heading',
  'handout.intro',
  'handout.section.what-changed',
  'handout.section.plan',
  'handout.section.crisis-lines',
  'handout.safetyPlan.intro',
];
const LETTER_KEYS: CatalogueKey[] = [
  'letter.workedOn',
  'letter.otherPlaces',
  'letter.crisisTitle',
  'letter.crisisIntro',
];

/**
 * Text as read, with line breaks and runs of spaces as single spaces. A Persian zero-width
 * non-joiner (U+200C, as in می‌کند) is printed right but pdf.js reads it as a space; counted as one.
 */
const flat = (s: string) =>
  s
    .replace(/\u200c/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('sample documents per language', () => {
  it.each(Object.keys(DOCUMENT_CATALOGUES))(
    '%s: handout and letter written, fixed sentences extracted exactly',
    async (lang) => {
      const base = sampleSource({ crisisLines: sampleCrisisLines() });
      const source = {
        ...base,
        client: { ...base.client, language: lang, direction: directionOf(lang) },
      };
      const chartText = chartTextMeasure(FONTS);
      const handout = await renderDocument(buildHandout(source, { chartText }), {
        fontsDir: FONTS,
      });
      const letter = await renderDocument(
        buildClosureLetter(source, { variant: 'clinical', chartText }),
        { fontsDir: FONTS },
      );
      const dir = resolve('test-results/pdfs', lang);
      mkdirSync(dir, { recursive: true });
      writeFileSync(resolve(dir, 'handout.pdf'), handout);
      writeFileSync(resolve(dir, 'closure-letter.pdf'), letter);
      const catalogue = DOCUMENT_CATALOGUES[lang]!;
      const handoutText = flat((await readPdf(handout)).text);
      for (const key of HANDOUT_KEYS)
        expect(handoutText, `${lang} ${key}`).toContain(flat(catalogue[key]));
      const letterText = flat((await readPdf(letter)).text);
      for (const key of LETTER_KEYS)
        expect(letterText, `${lang} ${key}`).toContain(flat(catalogue[key]));
    },
  );
});
