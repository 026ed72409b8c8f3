/**
 * Right-to-left lines mixing words, digits, Latin names and phone numbers read back with pdf.js in
 * typed order with one space between words (the text a reader copies or searches). pdf.js builds
 * spaces from the gaps between glyphs it meets going rightwards and guesses a stretch's direction
 * from its share of right-to-left letters (below 30 % it reads left to right), so the generated
 * lines are right-to-left text with some Latin and digits in them, as in a handout or letter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZES, THEME } from '../../../electron/services/pdf/theme';
import { readPdf, type TextItem } from './pdf-reader';
import { docOf, render } from './render-helpers';

const WORDS = {
  ar: ['التاريخ', 'مارس', 'موعد', 'الطبيب', 'اتصل', 'على', 'غدا', 'محمد', 'الأحمد', 'في', 'إلى'],
  he: ['תאריך', 'מרץ', 'פגישה', 'הרופא', 'התקשרו', 'אל', 'מחר', 'דנה', 'לוי', 'של'],
  fa: ['تاریخ', 'اسفند', 'قرار', 'پزشک', 'تماس', 'با', 'فردا', 'نوبت', 'مرکز', 'در'],
} as const;
type Lang = keyof typeof WORDS;
const LATIN = ['Dr. Ortiz', 'Zoë Ørsted', 'CBT', 'Ortiz'];
const NUMBERS = ['14', '2025', '3', '10:30', '988', '٢٠٢٥', '۱۴۰۳'];
/** Phone numbers read by pdf.js as typed beside words of each script (see the phone test below). */
const PHONES: Record<Lang, readonly string[]> = {
  ar: ['988', '911'],
  he: ['1-866-488-7386', '03-555-0147'],
  fa: ['123', '115'],
};

/** What pdf.js counts as right-to-left: Hebrew and Arabic letters and Arabic-Indic digits (not Persian digits). */
const SPACED_PHONES = ['+972 3 555 0147', '(503) 555-0147', '1-866-488-7386', '+44 117 496 0000'];

const RTL_LETTER = /[\u0590-\u05ff\u0600-\u06ef\u06fa-\u06ff]/gu;

/** Mostly right-to-left: at least 30 % of the characters are right-to-left as pdf.js counts them. */
const mostlyRtl = (line: string): boolean =>
  (line.match(RTL_LETTER)?.length ?? 0) / line.length >= 0.3;

/**
 * A line of right-to-left words with a Latin name, a number or a phone number between two of them
 * here and there, as in "اتصل بـ Dr. Ortiz على 988 غدا".
 */
function lineOf(lang: Lang, others: readonly string[]): fc.Arbitrary<string> {
  const rtl = fc.constantFrom(...WORDS[lang]);
  const piece = fc.tuple(fc.option(fc.constantFrom(...others), { nil: undefined }), rtl);
  return fc
    .tuple(rtl, fc.array(piece, { minLength: 1, maxLength: 4 }))
    .map(([first, rest]) =>
      [first, ...rest.flatMap(([other, word]) => (other ? [other, word] : [word]))].join(' '),
    )
    .filter(mostlyRtl);
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Items on each baseline, top to bottom, in the order pdf.js gives them. */
function itemLines(items: readonly TextItem[]): TextItem[][] {
  const lines: { y: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (item.str === '' && item.width === 0) continue;
    const line = lines.find((l) => Math.abs(l.y - item.y) < 0.5);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines.sort((a, b) => b.y - a.y).map((l) => l.items);
}

const joined = (items: readonly TextItem[]): string => flat(items.map((i) => i.str).join(''));

const cases = fc.constantFrom<Lang>('ar', 'he', 'fa').chain((lang) =>
  fc.record({
    lang: fc.constant(lang),
    lines: fc.array(lineOf(lang, [...LATIN, ...NUMBERS, ...PHONES[lang]]), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
);

describe('mixed right-to-left lines extract in typed order with single spaces (pdf.js)', () => {
  it('paragraphs: each line reads as typed', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ lang, lines }) => {
        const bytes = await render(
          docOf(
            lines.map((text) => ({ type: 'paragraph' as const, text })),
            { direction: 'rtl', lang },
          ),
        );
        const read = itemLines((await readPdf(bytes)).pages[0]!.items);
        expect(read.map(joined)).toEqual(lines);
      }),
      { numRuns: 40, seed: 1313 },
    );
  });

  it('key–value rows: the label and the value each read as typed', async () => {
    const width = PAGE_SIZES.A4[0] - 2 * THEME.margin.side;
    // The label column is the right-hand 34 % of the text box in a right-to-left document.
    const keyLeft = THEME.margin.side + width - Math.round(width * 0.34);
    await fc.assert(
      fc.asyncProperty(cases, async ({ lang, lines }) => {
        const rows = lines.map((value, i) => ({ key: WORDS[lang][i % 3]!, value }));
        const bytes = await render(docOf([{ type: 'keyValue', rows }], { direction: 'rtl', lang }));
        const read = itemLines((await readPdf(bytes)).pages[0]!.items);
        expect(read.map((items) => joined(items.filter((i) => i.x >= keyLeft - 0.5)))).toEqual(
          rows.map((r) => r.key),
        );
        expect(read.map((items) => joined(items.filter((i) => i.x < keyLeft - 0.5)))).toEqual(
          rows.map((r) => r.value),
        );
      }),
      { numRuns: 30, seed: 1313 },
    );
  });

  it('phone numbers with spaces, brackets or dashes stay whole and in typed order', async () => {
    // Inside right-to-left text such a number is drawn as one left-to-right unit; the bidi
    // algorithm pdf.js applies to a line would split its digit groups, so it is drawn as a piece
    // of its own, and pdf.js joins it to the words around it without the space between.
    const phoned = fc
      .constantFrom<Lang>('ar', 'he', 'fa')
      .chain((lang) => fc.record({ lang: fc.constant(lang), line: lineOf(lang, SPACED_PHONES) }));
    await fc.assert(
      fc.asyncProperty(phoned, async ({ lang, line }) => {
        const bytes = await render(
          docOf([{ type: 'paragraph', text: line }], { direction: 'rtl', lang }),
        );
        const [read] = itemLines((await readPdf(bytes)).pages[0]!.items).map(joined);
        expect(read!.replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
        for (const phone of SPACED_PHONES.filter((p) => line.includes(p)))
          expect(read).toContain(phone);
      }),
      { numRuns: 30, seed: 1313 },
    );
  });
});
