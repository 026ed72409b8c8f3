import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../core/document/blocks';
import type { InlineText } from '../../../core/document/inline-text';
import { readPdf, type PdfRead } from './pdf-reader';
import { docOf, render } from './render-helpers';

/** Referral cards as the handout writes them: the name in bold, details, a note; three or four lines each. */
const CARDS: { first: string; last: string; item: InlineText }[] = [
  'Żaneta Łukasiewicz',
  'Ольга Петровна',
  'Παναγιώτης Νικολάου',
  'Zoë Ørsted',
].map((name, i) => ({
  first: name,
  last: `card${i}end`,
  item: [
    { text: name, emphasis: 'strong' },
    {
      text: ` — Counselor · (503) 555-01${i}7 · quietharbor.example · ${12 + i} Elm Street, Portland. Sees adults for anxiety and grief; sliding-scale fees; evening appointments on Tuesdays and Thursdays, card${i}end.`,
    },
  ],
}));

function pageOf(read: PdfRead, text: string): number {
  const pages = read.pages
    .map((p, n) => (p.text.replace(/\s+/g, ' ').includes(text) ? n : -1))
    .filter((n) => n >= 0);
  expect(pages, `"${text}" appears on exactly one page`).toHaveLength(1);
  return pages[0]!;
}

/** Spacer heights that put the next block at every position near the foot of an A4 page. */
const FILLS = Array.from({ length: 14 }, (_, i) => 560 + i * 10);

describe('cards and short blocks stay on one page', () => {
  it('a referral card (list item) is never split across pages', async () => {
    for (const fill of FILLS) {
      const blocks: DocumentBlock[] = [
        { type: 'spacer', size: fill },
        { type: 'list', direction: 'auto', items: CARDS.map((c) => c.item) },
      ];
      const read = await readPdf(await render(docOf(blocks)));
      expect(read.numPages).toBe(2);
      for (const card of CARDS)
        expect(pageOf(read, card.last), `${card.first} after ${fill} pt`).toBe(
          pageOf(read, card.first),
        );
    }
  });

  it('a short contact paragraph is never split across pages', async () => {
    const contact =
      'How to reach me: Quiet Harbor Counseling, Dr Dana Levi (דנה לוי), (503) 555-0147, hello@quietharbor.example, 12 Elm Street, Portland, Oregon 97205, weekdays 9 am to 5 pm, contact-end.';
    for (const fill of FILLS) {
      const read = await readPdf(
        await render(
          docOf([
            { type: 'spacer', size: fill },
            { type: 'paragraph', text: contact },
          ]),
        ),
      );
      expect(pageOf(read, 'contact-end'), `after ${fill} pt`).toBe(pageOf(read, 'How to reach me'));
    }
  });

  it('a long paragraph split across pages leaves at least two lines on each page', async () => {
    const text = Array.from(
      { length: 6 },
      (_, i) =>
        `Sentence ${i + 1}: Ольга Петровна noticed the first signs of worry early and called Żaneta before they grew.`,
    ).join(' ');
    for (const fill of FILLS) {
      const read = await readPdf(
        await render(
          docOf([
            { type: 'spacer', size: fill - 60 },
            { type: 'paragraph', text },
          ]),
        ),
      );
      const lines = read.pages.map(
        (p) => new Set(p.items.filter((i) => i.str.trim() !== '').map((i) => Math.round(i.y))).size,
      );
      expect(
        lines.reduce((a, b) => a + b, 0),
        `after ${fill} pt`,
      ).toBeGreaterThan(6);
      for (const n of lines)
        expect(
          n,
          `lines per page after ${fill - 60} pt: ${lines.join(', ')}`,
        ).toBeGreaterThanOrEqual(2);
    }
  });
});
