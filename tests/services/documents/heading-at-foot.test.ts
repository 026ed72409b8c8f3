/**
 * Through the real document models and PDF engine: whatever the amount of typed text before it, no
 * page of a handout, one-page handout or discharge summary ends with a heading (its table, chart,
 * list or paragraph always starts on the same page).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderableDocument } from '../../../core/document/document';
import { buildDischargeSummary } from '../../../core/handout-model/discharge-summary';
import { buildHandout, buildOnePageHandout } from '../../../core/handout-model/handout';
import type { DocumentSource } from '../../../core/handout-model/source';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { readPdf } from '../pdf/pdf-reader';
import { sampleSource } from '../../core/handout-model/source-fixture';

/** Typed text of growing length, so every heading lands near a page foot in some variant. */
function padded(words: number): DocumentSource {
  const base = sampleSource();
  const text = Array.from(
    { length: words },
    (_, i) =>
      ['Zoë', 'Ольга', 'Żaneta', 'Παναγιώτης', 'walked', 'slept', 'called', 'her', 'sister'][i % 9],
  ).join(' ');
  const content = structuredClone(base.content);
  content.answers['what-helped'] = { text: `Walking, writing: ${text}.` };
  return {
    ...base,
    content,
    course: { presentingConcerns: `Low mood and worry: ${text}.`, attended: 12, missed: 1 },
  };
}

/** The last line of text on each page but the last, above the footer. */
async function pageEnds(doc: RenderableDocument): Promise<string[]> {
  const read = await readPdf(await renderDocument(doc, { fontsDir: resolve('resources/fonts') }));
  return read.pages.slice(0, -1).map((page) => {
    const items = page.items.filter(
      (i) => i.str.trim() !== '' && !/^Page \d+ of \d+$/.test(i.str.trim()),
    );
    const lowest = Math.min(...items.map((i) => i.y));
    return items
      .filter((i) => Math.abs(i.y - lowest) < 1)
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str)
      .join(' ')
      .trim();
  });
}

function headingsOf(doc: RenderableDocument): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
}

const BUILDERS: [string, (s: DocumentSource) => RenderableDocument][] = [
  ['handout', (s) => buildHandout(s)],
  ['one-page handout', (s) => buildOnePageHandout(s, ['plan', 'referrals'])],
  ['discharge summary', (s) => buildDischargeSummary(s)],
];

describe('no page ends with a heading', () => {
  for (const [name, build] of BUILDERS) {
    it(name, async () => {
      let pagesSeen = 0;
      for (let words = 0; words <= 150; words += 10) {
        const doc = build(padded(words));
        const headings = headingsOf(doc);
        const ends = await pageEnds(doc);
        pagesSeen += ends.length;
        for (const end of ends) {
          expect(
            headings.some((h) => h.startsWith(end) || end.startsWith(h)),
            `${name} with ${words} words: page ends with "${end}"`,
          ).toBe(false);
        }
      }
      expect(pagesSeen).toBeGreaterThan(0);
    });
  }
});
