// Closure letters with any mix of blank practice phone, e-mail and website, in every complete
// language: never "at  or", never a space before punctuation or a dangling "or"; always marked
// private and confidential, with the dates of care, the closing date and an offer of a closing
// session; the clinical summary before the closing words; referrals exactly those picked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferralSnapshot } from '../../../core/checklist/answer-schema';
import { buildClosureLetter } from '../../../core/handout-model';
import { COMPLETE_HANDOUT_LANGUAGES } from '../../../core/handout-i18n/complete-languages';
import { documentWords } from '../../../core/handout-i18n/document-words';
import { joinContactPlaceholders } from '../../../core/handout-model/placeholders';
import { sampleSource } from './source-fixture';
import { SAMPLE_CLIENT, SAMPLE_PROFILE } from './sample-session';
import { textOf } from './text-of';

const COURSE = {
  op: 'course-of-care',
  course: { firstSession: '2024-09-02', lastSession: '2025-02-20', dischargeDate: '2025-03-14' },
};

const referral = (name: string, i: number): ReferralSnapshot => ({
  id: `r${i}`,
  referralId: null,
  name,
  kind: 'Service',
  phone: '',
  web: '',
  address: '',
  note: '',
});

describe('closure letter contact line', () => {
  it('joins "{practicePhone} or {practiceEmail}" in every catalogue into one placeholder', () => {
    for (const lang of COMPLETE_HANDOUT_LANGUAGES) {
      const closing = documentWords(lang).catalogue['letter.closing'];
      expect(closing, lang).toContain('{practicePhone}');
      expect(joinContactPlaceholders(closing), lang).toContain('{practiceContact}');
      expect(joinContactPlaceholders(closing), lang).not.toContain('{practiceEmail}');
    }
  });

  it('never leaves "at  or", doubled spaces or dangling punctuation, whatever is blank', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...COMPLETE_HANDOUT_LANGUAGES),
        fc.constantFrom('minimal' as const, 'clinical' as const),
        (phone, email, website, language, variant) => {
          const source = sampleSource(
            {
              profile: {
                ...SAMPLE_PROFILE,
                phone: phone ? SAMPLE_PROFILE.phone : '',
                email: email ? SAMPLE_PROFILE.email : ' ',
                website: website ? SAMPLE_PROFILE.website : '',
              },
              client: { ...SAMPLE_CLIENT, language },
            },
            [COURSE],
          );
          const text = textOf(buildClosureLetter(source, { variant }));
          expect(text).not.toMatch(/ {2}/);
          expect(text).not.toMatch(/ [.,]/);
          expect(text).not.toMatch(/\b(at|or)\s*[.,;:]/);
          expect(text).not.toMatch(/[{}]/);
          if (phone) expect(text).toContain(SAMPLE_PROFILE.phone);
          if (email) expect(text).toContain(SAMPLE_PROFILE.email);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('closure letter contents', () => {
  it('is private and confidential, with dates of care, closing date and a closing-session offer', () => {
    const text = textOf(buildClosureLetter(sampleSource({}, [COURSE]), { variant: 'minimal' }));
    expect(text.indexOf('Private and confidential')).toBeGreaterThan(-1);
    expect(text.indexOf('Private and confidential')).toBeLessThan(text.indexOf('Quiet Harbor'));
    expect(text).toContain('Dates of care: 2 September 2024 to 20 February 2025');
    expect(text).toContain('Date your file is closed: 14 March 2025');
    expect(text).toContain('I would be glad to offer you one');
    expect(text).toContain('contact me at +44 117 496 0000 or hello@quietharbor.example');
  });

  it('puts the clinical summary before the closing words', () => {
    const text = textOf(buildClosureLetter(sampleSource({}, [COURSE]), { variant: 'clinical' }));
    const summary = text.indexOf('What we worked on');
    expect(summary).toBeGreaterThan(text.indexOf('Looking back on our work together'));
    expect(summary).toBeLessThan(text.indexOf('I will close your file for now'));
    expect(text.indexOf('offer you one')).toBeLessThan(text.indexOf('I will close your file'));
  });

  it('offers exactly the referrals picked, for any choice from the directory', () => {
    const names = ['Harbour Group', 'City Counselling', 'Night Line', 'دار السلام', 'מרכז שלום'];
    fc.assert(
      fc.property(fc.subarray(names.map(referral)), (picked) => {
        const source = {
          ...sampleSource({}, [
            { op: 'answer', itemId: 'referrals', answer: { referrals: picked, covered: true } },
          ]),
          directoryReferrals: names.map(referral),
        };
        const text = textOf(buildClosureLetter(source, { variant: 'minimal' }));
        for (const r of names.map(referral))
          expect(text.includes(r.name), r.name).toBe(picked.some((p) => p.name === r.name));
      }),
      { numRuns: 40 },
    );
  });
});
