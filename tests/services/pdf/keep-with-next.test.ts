import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../core/document/blocks';
import { PROGRESS_SCENE } from '../../fixtures/pdf/sample-documents';
import { readPdf, type PdfRead } from './pdf-reader';
import { docOf, render } from './render-helpers';

/** Spacer heights that put a heading at every position near the foot of an A4 page (body 706 pt). */
const FILLS = Array.from({ length: 26 }, (_, i) => 450 + i * 10);

/** The page (0-based) and baseline of the first text item that starts with `text`. */
function find(read: PdfRead, text: string): { page: number; y: number } {
  for (const [page, p] of read.pages.entries()) {
    const item = p.items.find((i) => i.str.startsWith(text));
    if (item) return { page, y: item.y };
  }
  throw new Error(`"${text}" not found`);
}

/** Distinct baselines of text below `y` on a page. */
function linesBelow(read: PdfRead, page: number, y: number): number {
  const ys = new Set(
    read.pages[page]!.items.filter((i) => i.y < y - 1 && i.str.trim() !== '').map((i) =>
      Math.round(i.y),
    ),
  );
  return ys.size;
}

async function renderAfter(fill: number, blocks: DocumentBlock[]): Promise<PdfRead> {
  return readPdf(await render(docOf([{ type: 'spacer', size: fill }, ...blocks])));
}

const WARNING_TABLE: DocumentBlock = {
  type: 'table',
  direction: 'auto',
  columns: [{ header: 'Warning sign' }, { header: 'What I do' }, { header: 'Who I call' }],
  rows: [
    [
      'Sleeping less than five hours two nights running',
      'Box breathing, an early night, no screens after nine',
      'Ольга Петровна, my sister',
    ],
    ['Skipping meals', 'Eat something small every four hours', 'Żaneta Łukasiewicz'],
  ],
};

describe('a heading is never left alone at the foot of a page', () => {
  it('keeps with the header and first row of its table', async () => {
    for (const fill of FILLS) {
      const read = await renderAfter(fill, [
        { type: 'heading', level: 3, text: 'Early warning signs, what I do, who I call' },
        WARNING_TABLE,
      ]);
      const heading = find(read, 'Early warning signs');
      expect(find(read, 'Warning sign').page, `header after ${fill} pt`).toBe(heading.page);
      expect(find(read, 'Sleeping less').page, `first row after ${fill} pt`).toBe(heading.page);
    }
  });

  it('keeps with the first two lines of its paragraph', async () => {
    const text =
      'Zoë Ørsted came to therapy wanting to sleep through the night and to feel calmer at work. Over twelve sessions ' +
      'she practised noticing the first signs of worry, wrote three lines each evening and went back to the choir. Scores fell steadily.';
    for (const fill of FILLS) {
      const read = await renderAfter(fill, [
        { type: 'heading', level: 2, text: 'Progress per goal' },
        { type: 'paragraph', text },
      ]);
      const heading = find(read, 'Progress per goal');
      expect(linesBelow(read, heading.page, heading.y), `after ${fill} pt`).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('keeps with its chart, and a heading above a heading keeps with both', async () => {
    for (const fill of FILLS) {
      const read = await renderAfter(fill, [
        { type: 'heading', level: 2, text: 'What changed' },
        { type: 'heading', level: 3, text: 'Your scores' },
        { type: 'chart', scene: PROGRESS_SCENE },
      ]);
      const heading = find(read, 'What changed');
      expect(find(read, 'Your scores').page, `after ${fill} pt`).toBe(heading.page);
      expect(find(read, 'How things changed').page, `after ${fill} pt`).toBe(heading.page);
      expect(find(read, 'Session 12').page, `after ${fill} pt`).toBe(heading.page);
    }
  });

  it('keeps with the first item of its list', async () => {
    const item =
      'Walk by the river with Παναγιώτης on Sunday mornings, whatever the weather, and call דנה לוי afterwards to say how it went, ' +
      'what I noticed in my body and in my thoughts, and what I would like to try next week; write one line about it in the notebook by my bed before I sleep.';
    for (const fill of FILLS) {
      const read = await renderAfter(fill, [
        { type: 'heading', level: 3, text: 'Skills that help' },
        { type: 'list', items: [item, 'Box breathing'] },
      ]);
      const heading = find(read, 'Skills that help');
      expect(find(read, 'Walk by the river').page, `after ${fill} pt`).toBe(heading.page);
      expect(read.pages[heading.page]!.text.replace(/\s+/g, ' ')).toContain('before I sleep');
    }
  });

  it('keeps with a whole signature block (line, caption, name and date)', async () => {
    for (const fill of FILLS) {
      const read = await renderAfter(fill, [
        { type: 'heading', level: 2, text: 'Sign-off' },
        {
          type: 'signature',
          label: 'Signature',
          name: 'Ελπίδα Παπαδοπούλου, MSc',
          date: '14 March 2025',
        },
      ]);
      const heading = find(read, 'Sign-off');
      expect(find(read, '14 March 2025').page, `after ${fill} pt`).toBe(heading.page);
    }
  });
});
