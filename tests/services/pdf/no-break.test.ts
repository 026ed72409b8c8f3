import { describe, expect, it } from 'vitest';
import { typedLinesAt } from './render-helpers';

function typedLines(text: string, width: number, direction: 'ltr' | 'rtl' = 'ltr'): string[] {
  return typedLinesAt(text, width, { direction, size: 11, lineHeight: 1.5 });
}

/** Widths from narrow to wide, so every phone number lands at a line end at some width. */
const WIDTHS = Array.from({ length: 90 }, (_, i) => 110 + i * 4);

const PHONES = [
  '(503) 555-0147',
  '1-866-488-7386',
  '+44 20 7946 0958',
  '116 123',
  '0800 1111',
  '503.555.0199',
];

describe('line breaking keeps phone numbers and codes whole', () => {
  it('never breaks a phone number, at any width', () => {
    const text = `Żaneta Łukasiewicz — Quiet Harbor Counseling · ${PHONES.join(' or ')} · Monday to Friday, 9 am to 5 pm.`;
    for (const width of WIDTHS) {
      const lines = typedLines(text, width);
      // A "·" where the line breaks is dropped (contact-separator.test.ts); nothing else is.
      const noSeparators = (s: string): string => s.replace(/\s+/g, ' ').replace(/ · /g, ' ');
      expect(noSeparators(lines.join(' '))).toBe(noSeparators(text));
      for (const phone of PHONES)
        expect(
          lines.some((l) => l.includes(phone)),
          `${phone} at width ${width}: ${JSON.stringify(lines)}`,
        ).toBe(true);
    }
  });

  it('never breaks a phone number in a right-to-left paragraph', () => {
    const text = 'דנה לוי, עובדת סוציאלית: 03-555-0147 או 1-800-222-333, בימים א׳–ה׳';
    for (const width of WIDTHS.slice(0, 40)) {
      const lines = typedLines(text, width, 'rtl');
      for (const phone of ['03-555-0147', '1-800-222-333'])
        expect(
          lines.some((l) => l.includes(phone)),
          `${phone} at ${width}`,
        ).toBe(true);
    }
  });

  it('never breaks a code at its hyphens', () => {
    const codes = ['ZO-2025-014', 'PHQ-9', '2024–2025', 'GAD-7'];
    const text = `Record ${codes[0]} for Ольга Петровна: ${codes[1]} and ${codes[3]} scores fell in ${codes[2]}, a well-being check-in follows.`;
    for (const width of WIDTHS) {
      const lines = typedLines(text, width);
      for (const code of codes)
        expect(
          lines.some((l) => l.includes(code)),
          `${code} at ${width}`,
        ).toBe(true);
    }
  });

  it('still breaks ordinary hyphenated words after the hyphen', () => {
    const lines = typedLines('A well-being plan for Zoë', 60);
    expect(lines.some((l) => l.endsWith('well-'))).toBe(true);
  });
});
