/**
 * A letter keeps to one page when a tighter theme lets it (keepToPages), and its crisis-line box
 * never stands alone at the top of a page: it takes the short block before it (and that block's
 * heading) along (keepWithPrevious).
 */
import { describe, expect, it } from 'vitest';
import type { CalloutBlock, DocumentBlock } from '../../../core/document/blocks';
import { countLaidPages, themeFor } from '../../../electron/services/pdf/render-document';
import { FIT_THEMES } from '../../../electron/services/pdf/fit-themes';
import { THEME } from '../../../electron/services/pdf/theme';
import { readPdf, type PdfRead } from './pdf-reader';
import { docOf, FONTS_DIR, render } from './render-helpers';

const PARAGRAPH =
  'Looking back on our work together, I want to recognise the effort you put in. A short summary of where things stood when we last met is below — Zoë Ørsted, محمد الأحمد and דנה לוי each read it.';

/** A letter-like document of `paragraphs` paragraphs followed by a crisis-line box. */
function letter(paragraphs: number, keep = true): DocumentBlock[] {
  const callout: CalloutBlock = {
    type: 'callout',
    tone: 'important',
    title: 'If you need help right away',
    content: [
      { type: 'paragraph', text: 'These lines are there day and night:' },
      {
        type: 'list',
        items: ['Samaritans — Call: 116 123. 24 hours', 'Shout — Text: 85258. 24 hours'],
      },
    ],
    ...(keep ? { keepWithPrevious: true } : {}),
  };
  return [
    ...Array.from({ length: paragraphs }, (): DocumentBlock => ({
      type: 'paragraph',
      text: PARAGRAPH,
    })),
    { type: 'heading', level: 2, text: 'Other places you can turn to' },
    {
      type: 'list',
      items: ['王小明 — Sleep clinic · +44 20 7946 0999', 'Ольга Петровна — Peer group'],
    },
    callout,
  ];
}

/** The page (0-based) of the first text item that starts with `text`. */
function pageOf(read: PdfRead, text: string): number {
  const page = read.pages.findIndex((p) => p.items.some((i) => i.str.startsWith(text)));
  if (page === -1) throw new Error(`"${text}" not found`);
  return page;
}

/** Paragraph counts whose letter takes just over one page in the default theme but fits one in the tightest. */
function justOverOnePage(): number[] {
  const counts: number[] = [];
  for (let n = 8; n <= 20; n++) {
    const doc = docOf(letter(n));
    const tightest = FIT_THEMES[FIT_THEMES.length - 1]!;
    if (
      countLaidPages(doc, { fontsDir: FONTS_DIR }) > 1 &&
      countLaidPages(doc, { fontsDir: FONTS_DIR, theme: tightest }) === 1
    )
      counts.push(n);
  }
  return counts;
}

describe('keepToPages', () => {
  it('sets a letter that just spills onto a second page in the loosest theme that keeps it to one', async () => {
    const counts = justOverOnePage();
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) {
      const doc = docOf(letter(n), { keepToPages: 1 });
      const theme = themeFor(doc, { fontsDir: FONTS_DIR });
      const level = FIT_THEMES.indexOf(theme);
      expect(level, `${n} paragraphs`).toBeGreaterThan(0);
      // No looser theme would have done.
      for (const looser of FIT_THEMES.slice(0, level))
        expect(countLaidPages(doc, { fontsDir: FONTS_DIR, theme: looser })).toBeGreaterThan(1);
      const read = await readPdf(await render(doc));
      expect(read.numPages, `${n} paragraphs`).toBe(1);
      // Without keepToPages the same content takes two pages.
      expect((await readPdf(await render(docOf(letter(n))))).numPages).toBe(2);
    }
  });

  it('keeps the default theme for a document that fits, and for one no theme keeps to one page', async () => {
    const short = docOf(letter(2), { keepToPages: 1 });
    expect(themeFor(short, { fontsDir: FONTS_DIR })).toBe(THEME);
    const long = docOf(letter(30), { keepToPages: 1 });
    expect(themeFor(long, { fontsDir: FONTS_DIR })).toBe(THEME);
    expect(Buffer.from(await render(long))).toEqual(Buffer.from(await render(docOf(letter(30)))));
  });

  it('uses the theme the options name', () => {
    const tight = FIT_THEMES[1]!;
    expect(
      themeFor(docOf(letter(2), { keepToPages: 1 }), { fontsDir: FONTS_DIR, theme: tight }),
    ).toBe(tight);
  });
});

describe('a callout kept with the block before it', () => {
  /** Spacer heights that put the callout at every position near the foot of an A4 page. */
  const FILLS = Array.from({ length: 30 }, (_, i) => 380 + i * 10);

  it('never stands alone at the top of a page: the list before it and its heading come along', async () => {
    for (const fill of FILLS) {
      const read = await readPdf(
        await render(docOf([{ type: 'spacer', size: fill }, ...letter(0)])),
      );
      const box = pageOf(read, 'If you need help');
      expect(pageOf(read, 'Ольга Петровна'), `after ${fill} pt`).toBe(box);
      expect(pageOf(read, 'Other places'), `after ${fill} pt`).toBe(box);
    }
  });

  it('is left alone at the top of a page somewhere in the same sweep without keepWithPrevious', async () => {
    let alone = 0;
    for (const fill of FILLS) {
      const read = await readPdf(
        await render(docOf([{ type: 'spacer', size: fill }, ...letter(0, false)])),
      );
      if (pageOf(read, 'If you need help') !== pageOf(read, 'Ольга Петровна')) alone++;
    }
    expect(alone).toBeGreaterThan(0);
  });

  it('does not move a block longer than 40% of the page: the box goes on alone', async () => {
    const long: DocumentBlock[] = [
      { type: 'list', items: Array.from({ length: 40 }, (_, i) => `Item ${i + 1}: ${PARAGRAPH}`) },
      letter(0).at(-1)!,
    ];
    const read = await readPdf(await render(docOf(long)));
    expect(pageOf(read, 'Item 1:')).toBe(0);
  });
});
