import { describe, expect, it } from 'vitest';
import type { TextDirection } from '../../../core/document/inline-text';
import { THEME, PAGE_SIZES } from '../../../electron/services/pdf/theme';
import { baselines, readPdf, type PlacedGlyph } from './pdf-reader';
import { docOf, render } from './render-helpers';

const LEFT_EDGE = THEME.margin.side;
const RIGHT_EDGE = PAGE_SIZES.A4[0] - THEME.margin.side;
const BULLET = '\u2022';

interface ItemLine {
  bullet: PlacedGlyph;
  text: PlacedGlyph[];
}

/** Each list line's bullet and the other glyphs on its baseline, top to bottom. */
async function listLines(
  items: string[],
  direction: TextDirection | undefined,
  docDirection: 'ltr' | 'rtl',
): Promise<ItemLine[]> {
  const doc = docOf([{ type: 'list', items, ...(direction ? { direction } : {}) }], {
    direction: docDirection,
    lang: docDirection === 'rtl' ? 'he' : 'en',
  });
  const glyphs = (await readPdf(await render(doc))).pages[0]?.glyphs ?? [];
  return baselines(glyphs).map((y) => {
    const line = glyphs.filter((g) => Math.abs(g.y - y) < 0.5);
    const bullet = line.find((g) => g.text === BULLET);
    if (!bullet) throw new Error(`no bullet on the line at y=${y}`);
    return { bullet, text: line.filter((g) => g !== bullet && g.text.trim() !== '') };
  });
}

/** The bullet stands right of the text, beside it (within the list indent), at the right margin. */
function expectBulletRight({ bullet, text }: ItemLine): void {
  const textRight = Math.max(...text.map((g) => g.x + g.width));
  expect(bullet.x).toBeGreaterThan(textRight);
  expect(bullet.x - textRight).toBeLessThanOrEqual(THEME.listIndent);
  expect(bullet.x + bullet.width).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
  expect(bullet.x + bullet.width).toBeGreaterThan(RIGHT_EDGE - THEME.listIndent);
}

/** The bullet stands left of the text, beside it, at the left margin. */
function expectBulletLeft({ bullet, text }: ItemLine): void {
  const textLeft = Math.min(...text.map((g) => g.x));
  expect(bullet.x + bullet.width).toBeLessThan(textLeft);
  expect(textLeft - bullet.x).toBeLessThanOrEqual(THEME.listIndent);
  expect(bullet.x).toBeGreaterThanOrEqual(LEFT_EDGE - 0.5);
}

describe('list bullets stand beside their item (glyph positions)', () => {
  it('right-to-left items in an English handout (direction auto): bullet right of the text', async () => {
    const lines = await listLines(
      ['דנה לוי', 'Zoë Ørsted', 'محمد الأحمد', 'Ольга Петровна'],
      'auto',
      'ltr',
    );
    expect(lines).toHaveLength(4);
    expectBulletRight(lines[0]!);
    expectBulletLeft(lines[1]!);
    expectBulletRight(lines[2]!);
    expectBulletLeft(lines[3]!);
  });

  it('a list in a right-to-left document: every bullet right of its item, English ones too', async () => {
    const lines = await listLines(
      ['דנה לוי', 'אני גאה בדרך שעשיתי', 'Zoë Ørsted'],
      undefined,
      'rtl',
    );
    expect(lines).toHaveLength(3);
    for (const line of lines) expectBulletRight(line);
  });

  it('a left-to-right list: every bullet left of its item, Hebrew ones too', async () => {
    const lines = await listLines(['Zoë Ørsted', 'דנה לוי', '王小明'], 'ltr', 'ltr');
    expect(lines).toHaveLength(3);
    for (const line of lines) expectBulletLeft(line);
  });
});
