/**
 * Every ending letter (closure, transfer, acknowledgement) opens with "Private and confidential",
 * the practice's letterhead, the dates of care and the closing date, and says what happens to the
 * client's records (confidential, kept for the practice's period, how to get a copy, whom to ask);
 * the handout has the same under "Your records". In every complete catalogue; the transfer letter
 * and the records section are read back from their PDFs with pdf.js.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildAcknowledgementLetter,
  buildClosureLetter,
  buildHandout,
  buildTransferLetter,
  recordsSentences,
} from '../../../core/handout-model';
import type { DocumentSource } from '../../../core/handout-model/source';
import { DOCUMENT_CATALOGUES, documentWords } from '../../../core/handout-i18n';
import { directionOf } from '../../../core/clients/languages';
import type { RenderableDocument } from '../../../core/document/document';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { builtIn } from '../../core/template-fixtures';
import { draft, update } from '../../core/checklist-fixtures';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { sampleCrisisLines } from '../../core/handout-model/sample-session';
import { textOf } from '../../core/handout-model/text-of';
import { readPdf } from '../pdf/pdf-reader';

const FONTS = resolve('resources/fonts');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

const COURSE = {
  firstSession: '2025-01-08',
  lastSession: '2025-03-12',
  dischargeDate: '2025-03-14',
};

/** A source over a template's draft with the course of care in the record and the client's language. */
type BuiltInId = Parameters<typeof builtIn>[0];

function source(templateId: BuiltInId, lang = 'en', over: Partial<DocumentSource> = {}) {
  const t = builtIn(templateId);
  const record =
    templateId === 'transfer-of-care'
      ? update(draft(t), [
          {
            op: 'answer',
            itemId: 'transfer-receiving-name',
            answer: { text: 'Dr דנה לוי, Riverside Clinic' },
          },
        ])
      : draft(t);
  const base = sampleSource({
    template: t,
    content: { ...record.content, courseOfCare: COURSE },
    finalization: record.finalization,
    crisisLines: sampleCrisisLines(),
    ...over,
  });
  return { ...base, client: { ...base.client, language: lang, direction: directionOf(lang) } };
}

const LETTERS: [string, BuiltInId, (s: DocumentSource) => RenderableDocument][] = [
  ['closure', 'unplanned-ending', (s) => buildClosureLetter(s, { variant: 'minimal' })],
  ['transfer', 'transfer-of-care', (s) => buildTransferLetter(s)],
  ['acknowledgement', 'ended-by-message', (s) => buildAcknowledgementLetter(s)],
];

describe('every ending letter', () => {
  it.each(LETTERS)(
    '%s letter: private and confidential, dates of care, closing date and the records, in every language',
    (_name, templateId, build) => {
      for (const lang of ['en', ...Object.keys(DOCUMENT_CATALOGUES)]) {
        const s = source(templateId, lang);
        const w = documentWords(lang);
        const doc = build(s);
        const text = textOf(doc);
        const fmt = (d: string) => w.date(d, s.handout.dateFormat);
        expect(doc.blocks[0], lang).toEqual({
          type: 'paragraph',
          text: [{ text: w.t('letter.confidential'), emphasis: 'strong' }],
        });
        expect(text, lang).toContain(
          w.t('letter.datesOfCare', { from: fmt('2025-01-08'), to: fmt('2025-03-12') }),
        );
        expect(text, lang).toContain(w.t('letter.closingDate', { date: fmt('2025-03-14') }));
        expect(text, lang).toContain(s.profile.practiceName);
        expect(text, lang).toContain(`${s.profile.phone} · ${s.profile.email}`);
        for (const sentence of recordsSentences(s, w)) expect(text, lang).toContain(sentence);
        expect(text, lang).toContain(w.t('records.kept', { years: 7 }));
        expect(text, lang).toContain(
          w.t('records.contact', { contact: 'Records office, records@quietharbor.example' }),
        );
      }
    },
  );

  it('the transfer letter reads back from its PDF with the records paragraph before the closing words', async () => {
    const read = await readPdf(
      await renderDocument(buildTransferLetter(source('transfer-of-care')), { fontsDir: FONTS }),
    );
    const text = flat(read.text);
    expect(text.startsWith('Private and confidential')).toBe(true);
    expect(text).toContain('Dates of care: 8 January 2025 to 12 March 2025');
    expect(text).toContain('Date your file is closed: 14 March 2025');
    expect(text).toContain('Riverside Clinic');
    const records = text.indexOf(
      'Your records are kept securely for 7 years after our last session, and then safely destroyed.',
    );
    expect(records).toBeGreaterThan(text.indexOf('Riverside Clinic'));
    expect(records).toBeLessThan(text.indexOf('With warm regards'));
    expect(text).toContain('To ask, contact Records office, records@quietharbor.example.');
  });

  it('without dates of care in the record, the closing date is the letter’s date and no dates line is printed', () => {
    const s = source('ended-by-message');
    const bare = { ...s, content: { ...s.content, courseOfCare: undefined } };
    const text = textOf(buildAcknowledgementLetter(bare));
    expect(text).not.toContain('Dates of care');
    expect(text).toContain(`Date your file is closed: ${documentWords('en').date(s.date, 'long')}`);
  });
});

describe('the records sentences', () => {
  const w = documentWords('en');
  const profile = source('planned-ending').profile;

  it('leave the period out when none is set, and fall back to the practice contact', () => {
    const sentences = recordsSentences(
      { profile: { ...profile, recordsYears: 0, recordsContact: '  ' } },
      w,
    );
    expect(sentences.join(' ')).not.toContain('kept securely');
    expect(sentences).toContain('To ask, contact +44 117 496 0000 or hello@quietharbor.example.');
  });

  it('say one year in the singular, and leave out whom to ask when nothing is filled in', () => {
    const blank = {
      ...profile,
      recordsYears: 1,
      recordsContact: '',
      phone: '',
      email: '',
      website: '',
      address: '',
      practiceName: '',
    };
    const sentences = recordsSentences({ profile: blank }, w);
    expect(sentences).toContain(
      'Your records are kept securely for 1 year after our last session, and then safely destroyed.',
    );
    expect(sentences.at(-1)).toBe('You can ask for a copy of your records at any time.');
    expect(sentences.join(' ')).not.toMatch(/contact \.|\{contact\}/);
  });
});

describe('the handout', () => {
  it('has "Your records" under Coming back (read back from the PDF)', async () => {
    const read = await readPdf(
      await renderDocument(buildHandout(sampleSource()), { fontsDir: FONTS }),
    );
    const text = flat(read.text);
    const heading = text.indexOf('Your records');
    expect(heading).toBeGreaterThan(text.indexOf('Coming back'));
    expect(text.slice(heading)).toContain(
      'What you shared with me stays confidential now that our work has ended',
    );
    expect(text).toContain('Your records are kept securely for 7 years after our last session');
    expect(text).toContain('You can ask for a copy of your records at any time.');
    expect(text).toContain('To ask, contact Records office, records@quietharbor.example.');
  });

  it('has the records in the client’s language in every catalogue', () => {
    for (const lang of Object.keys(DOCUMENT_CATALOGUES)) {
      const s = source('planned-ending', lang);
      const w = documentWords(lang);
      const text = textOf(buildHandout(s));
      expect(text, lang).toContain(w.t('records.title'));
      expect(text, lang).toContain(w.t('records.kept', { years: 7 }));
    }
  });
});

describe('the Planned ending template', () => {
  it('has the records talking point in Goodbye, answered with what the handout says', () => {
    const goodbye = builtIn('planned-ending').sections.find((s) => s.id === 'goodbye')!;
    const point = goodbye.items.find((i) => i.id === 'goodbye-records');
    expect(point?.kind).toBe('talking-point');
    expect(point?.label).toMatch(/records.*confidential.*how long.*copy/);
    expect(point?.help).toMatch(/^Answer: /);
    expect(point?.help).toContain(`“${documentWords('en').t('records.title')}”`);
    expect(point?.help).toContain('Settings → Profile');
  });
});

describe('the letter templates’ guidance', () => {
  it.each(['unplanned-ending', 'transfer-of-care', 'ended-by-message'] as const)(
    '%s says the letter tells the client about their records, as the letter does',
    (id) => {
      const guidance = builtIn(id)
        .sections.map((s) => s.guidance)
        .join(' ');
      expect(guidance).toMatch(/letter \(writ.+export screen\)/);
      expect(guidance).toMatch(/records/);
    },
  );
});
