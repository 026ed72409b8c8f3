/**
 * A contact line ("phone · website · e-mail", a referral's "kind · phone · web · address") that
 * wraps never leaves its separator at the end or the start of a line: the "·" where the line
 * breaks is dropped, every other one stays, every item stays whole. Checked on the laid-out lines
 * at widths from narrow to wide, left to right and right to left.
 */
import { describe, expect, it } from 'vitest';
import { typedLinesAt } from './render-helpers';

function typedLines(text: string, width: number, direction: 'ltr' | 'rtl'): string[] {
  return typedLinesAt(text, width, { direction, size: 10.5, lineHeight: 1.4 });
}

/** From the widest item (about 150 pt) up to where the line nearly fits on one. */
const WIDTHS = Array.from({ length: 60 }, (_, i) => 160 + i * 5);

const CASES: { text: string; items: string[]; direction: 'ltr' | 'rtl' }[] = [
  {
    text: '+44 117 496 0000 · hello@quietharbor.example · https://quietharbor.example',
    items: ['+44 117 496 0000', 'hello@quietharbor.example', 'https://quietharbor.example'],
    direction: 'ltr',
  },
  {
    text: 'Żaneta Łukasiewicz — Counselling · (503) 555-0147 · www.harbor.example · 12 Quay Street',
    items: ['Counselling', '(503) 555-0147', 'www.harbor.example'],
    direction: 'ltr',
  },
  {
    text: 'محمد الأحمد — استشارة · +972 3 555 0147 · www.example.org · info@example.org',
    items: ['استشارة', '+972 3 555 0147', 'www.example.org', 'info@example.org'],
    direction: 'rtl',
  },
  {
    text: 'דנה לוי · 1-866-488-7386 · www.example.org · דנה@example.org',
    items: ['1-866-488-7386', 'www.example.org'],
    direction: 'rtl',
  },
];

describe('a wrapped contact line never ends or starts a line with its separator', () => {
  it.each(CASES)('$text', ({ text, items, direction }) => {
    let wrapped = 0;
    for (const width of WIDTHS) {
      const lines = typedLines(text, width, direction).map((l) => l.trim());
      if (lines.length > 1) wrapped++;
      for (const line of lines) {
        expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/^·|·$/u);
      }
      for (const item of items) expect(lines.some((l) => l.includes(item))).toBe(true);
      // Nothing else is lost, and only separators where a line breaks are dropped.
      const withoutSeparators = (s: string): string => s.replace(/ · /gu, ' ');
      expect(withoutSeparators(lines.join(' '))).toBe(withoutSeparators(text));
      const count = (s: string): number => (s.match(/·/gu) ?? []).length;
      expect(count(lines.join(' '))).toBeGreaterThanOrEqual(count(text) - (lines.length - 1));
    }
    expect(wrapped).toBeGreaterThan(10);
  });
});
