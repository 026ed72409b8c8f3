/**
 * A right-to-left handout mirrors the whole page, checked by glyph positions (pdf.js): for Arabic,
 * Hebrew and Persian, headings, paragraphs and list items read right to left and end at the right
 * margin; a table's first column is the rightmost; a key–value row has its key at the right; the
 * chart title and the page label are set at the right.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../core/document/blocks';
import { PAGE_SIZES, THEME } from '../../../electron/services/pdf/theme';
import { baselines, readPdf, visualWords, type PlacedGlyph } from './pdf-reader';
import { docOf, render, typedOrder } from './render-helpers';

const RIGHT_EDGE = PAGE_SIZES.A4[0] - THEME.margin.side;
const MIDDLE = PAGE_SIZES.A4[0] / 2;

interface Words {
  heading: string;
  paragraph: string;
  item: string;
  first: string;
  second: string;
  key: string;
  value: string;
  chart: string;
  label: string;
}

const CASES: Record<'ar' | 'he' | 'fa', Words> = {
  ar: {
    heading: 'خطتك للمستقبل القريب',
    paragraph: 'أنا فخورة بما حققته هذا العام مع أصدقائي',
    item: 'المشي كل صباح مع أختي',
    first: 'الهدف',
    second: 'الآن',
    key: 'التاريخ',
    value: 'اليوم',
    chart: 'درجاتك مع الوقت',
    label: 'صفحة {page} من {total}',
  },
  he: {
    heading: 'התוכנית שלך להמשך',
    paragraph: 'אני גאה בדרך שעשיתי השנה עם חברים',
    item: 'הליכה בכל בוקר עם אחותי',
    first: 'מטרה',
    second: 'עכשיו',
    key: 'תאריך',
    value: 'היום',
    chart: 'הציונים שלך לאורך זמן',
    label: 'עמוד {page} מתוך {total}',
  },
  fa: {
    heading: 'برنامه شما برای آینده',
    paragraph: 'من به راهی که امسال با دوستانم رفتم افتخار دارم',
    item: 'قدم زدن هر صبح با خواهرم',
    first: 'هدف',
    second: 'اکنون',
    key: 'تاریخ',
    value: 'امروز',
    chart: 'نمرات شما در طول زمان',
    label: 'صفحه {page} از {total}',
  },
};

function blocks(w: Words): DocumentBlock[] {
  return [
    { type: 'heading', level: 2, text: w.heading },
    { type: 'paragraph', text: w.paragraph },
    { type: 'list', items: [w.item] },
    {
      type: 'table',
      columns: [{ header: w.first }, { header: w.second }],
      rows: [[w.value, w.key]],
    },
    { type: 'keyValue', rows: [{ key: w.key, value: w.value }] },
    {
      type: 'chart',
      scene: {
        width: 400,
        height: 80,
        title: w.chart,
        description: w.chart,
        rects: [{ x: 0, y: 0, width: 400, height: 80, fill: 'accentSoft' }],
      },
    },
  ];
}

const right = (gs: readonly PlacedGlyph[]) => Math.max(...gs.map((g) => g.x + g.width));
const left = (gs: readonly PlacedGlyph[]) => Math.min(...gs.map((g) => g.x));
const onLine = (gs: readonly PlacedGlyph[], y: number) =>
  gs.filter((g) => Math.abs(g.y - y) < 0.5 && g.text.trim() !== '');

/** The words of a line read right to left give the typed words, and the line ends at `edge`. */
function expectRtlLine(
  glyphs: readonly PlacedGlyph[],
  y: number,
  typed: string,
  edge: number,
): void {
  const { words } = visualWords(glyphs, y);
  expect(words.map((w) => typedOrder(w.text)).reverse()).toEqual(typed.split(' '));
  expect(right(onLine(glyphs, y))).toBeCloseTo(edge, 0);
}

describe('right-to-left page mirroring (glyph positions)', () => {
  for (const [lang, w] of Object.entries(CASES) as [keyof typeof CASES, Words][]) {
    it(`${lang}: headings, paragraphs, list items, tables, key–value rows, chart title and page label`, async () => {
      const doc = docOf(blocks(w), { lang, direction: 'rtl', pageLabel: w.label });
      const glyphs = (await readPdf(await render(doc))).pages[0]!.glyphs;
      const [heading, paragraph, item, header, row, keyValue, chart, ...rest] = baselines(glyphs);
      expectRtlLine(glyphs, heading!, w.heading, RIGHT_EDGE);
      expectRtlLine(glyphs, paragraph!, w.paragraph, RIGHT_EDGE);
      // The list item's text ends beside its bullet, which stands at the right margin.
      const itemLine = onLine(glyphs, item!);
      const bullet = itemLine.find((g) => g.text === '\u2022')!;
      expect(bullet.x + bullet.width).toBeGreaterThan(RIGHT_EDGE - THEME.listIndent);
      const text = itemLine.filter((g) => g !== bullet);
      expectRtlLine(
        glyphs.filter((g) => g !== bullet),
        item!,
        w.item,
        right(text),
      );
      expect(right(text)).toBeLessThan(bullet.x);
      expect(bullet.x - right(text)).toBeLessThanOrEqual(THEME.listIndent);
      // Table: the first column is the rightmost, in the header and in the row.
      const head = onLine(glyphs, header!);
      expect(left(head.filter((g) => w.first.includes(g.text)))).toBeGreaterThan(
        right(head.filter((g) => w.second.includes(g.text) && !w.first.includes(g.text))),
      );
      expect(right(onLine(glyphs, row!))).toBeGreaterThan(MIDDLE);
      // Key–value row: the key at the right, its value left of it.
      const kv = onLine(glyphs, keyValue!);
      expect(right(kv)).toBeCloseTo(RIGHT_EDGE, 0);
      expect(
        left(kv.filter((g) => w.key.includes(g.text) && !w.value.includes(g.text))),
      ).toBeGreaterThan(MIDDLE);
      // Chart title and page label (the lowest line) at the right.
      expectRtlLine(glyphs, chart!, w.chart, RIGHT_EDGE);
      const footer = rest.at(-1)!;
      expect(right(onLine(glyphs, footer))).toBeCloseTo(RIGHT_EDGE, 0);
      expect(left(onLine(glyphs, footer))).toBeGreaterThan(MIDDLE);
    });
  }
});
