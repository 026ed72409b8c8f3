/**
 * A letter stays on one page when a tighter layout lets it: the sample clinical closure letter
 * (with referrals and the crisis-line box) took two pages in every language, the box alone on the
 * second in Spanish, Russian and Vietnamese. Checked through the rendered PDF with pdf.js.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_CATALOGUES } from '../../../core/handout-i18n';
import { buildClosureLetter } from '../../../core/handout-model';
import { directionOf } from '../../../core/clients/languages';
import { countLaidPages, renderDocument } from '../../../electron/services/pdf/render-document';
import { chartTextMeasure } from '../../../electron/services/pdf/chart-text-measure';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { sampleCrisisLines } from '../../core/handout-model/sample-session';
import { readPdf } from '../pdf/pdf-reader';

const FONTS = resolve('resources/fonts');

describe('a closure letter keeps to one page when it can', () => {
  it.each(Object.keys(DOCUMENT_CATALOGUES))('%s', async (lang) => {
    const base = sampleSource({ crisisLines: sampleCrisisLines() });
    const source = {
      ...base,
      client: { ...base.client, language: lang, direction: directionOf(lang) },
    };
    const letter = buildClosureLetter(source, {
      variant: 'clinical',
      chartText: chartTextMeasure(FONTS),
    });
    expect(letter.keepToPages).toBe(1);
    // In the default layout the letter spills onto a second page …
    expect(countLaidPages(letter, { fontsDir: FONTS })).toBe(2);
    // … and is drawn on one, crisis lines and all.
    const read = await readPdf(await renderDocument(letter, { fontsDir: FONTS }));
    expect(read.numPages).toBe(1);
    const title = DOCUMENT_CATALOGUES[lang]!['letter.crisisTitle'];
    expect(read.text.replace(/\s+/g, ' ')).toContain(title.replace(/\s+/g, ' '));
  });
});
