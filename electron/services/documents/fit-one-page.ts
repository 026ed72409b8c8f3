/**
 * Fits the one-page handout on one page: first with tighter type and spacing (within the limits of
 * FIT_THEMES), then by leaving charts out (a chart gives way before any words do), then by leaving
 * picked parts out in ONE_PAGE_GIVE_WAY order. What is left out is named in the answer, which the
 * export screen shows before export; the handout is made from the same answer.
 */
import type { ChartBlock } from '../../../core/document/blocks';
import type { RenderableDocument } from '../../../core/document/document';
import type { HandoutSection } from '../../../core/handout-model/choices';
import {
  ONE_PAGE_GIVE_WAY,
  onePageSections,
  type OnePageFit,
} from '../../../core/handout-model/one-page';
import { FIT_THEMES } from '../pdf/fit-themes';
import { countLaidPages } from '../pdf/render-document';
import type { Theme } from '../pdf/theme';

/** The one-page handout as it will be made, and how it fits. */
export interface FittedOnePage {
  fit: OnePageFit;
  document: RenderableDocument;
  theme: Theme;
}

const TIGHTEST = FIT_THEMES[FIT_THEMES.length - 1] as Theme;

/** The document without its last `count` charts, and the titles of the charts left out (in document order). */
function withoutLastCharts(
  document: RenderableDocument,
  count: number,
): { document: RenderableDocument; left: string[] } {
  const charts = document.blocks.filter((b): b is ChartBlock => b.type === 'chart');
  const out = new Set(count > 0 ? charts.slice(-count) : []);
  return {
    document: {
      ...document,
      blocks: document.blocks.filter((b) => !(b.type === 'chart' && out.has(b))),
    },
    left: charts.filter((c) => out.has(c)).map((c) => c.scene.title ?? c.scene.description),
  };
}

/**
 * Chooses what the one-page handout holds and how tight it is set. `build` makes the handout for a
 * set of parts (in handout order, the crisis lines among them).
 */
export function fitOnePage(
  build: (sections: HandoutSection[]) => RenderableDocument,
  picked: readonly HandoutSection[],
  fontsDir: string,
): FittedOnePage {
  const sections = onePageSections(picked);
  const onOne = (document: RenderableDocument, theme: Theme): boolean =>
    countLaidPages(document, { fontsDir, theme }, 1) === 1;
  const partsLeftOut: HandoutSection[] = [];
  let kept = sections;
  for (;;) {
    const whole = build(kept);
    const chartCount = whole.blocks.filter((b) => b.type === 'chart').length;
    // Only when the words alone fit at the tightest is it worth looking for the charts and type that fit.
    if (onOne(withoutLastCharts(whole, chartCount).document, TIGHTEST)) {
      for (let dropped = 0; dropped <= chartCount; dropped++) {
        const { document, left } = withoutLastCharts(whole, dropped);
        if (dropped < chartCount && !onOne(document, TIGHTEST)) continue;
        const level = loosestFitting(document, onOne);
        const theme = FIT_THEMES[level] as Theme;
        return { document, theme, fit: fitOf(sections, 1, level, theme, left, partsLeftOut) };
      }
    }
    const next = ONE_PAGE_GIVE_WAY.find((s) => kept.includes(s));
    if (!next) {
      const { document, left } = withoutLastCharts(whole, chartCount);
      const pages = countLaidPages(document, { fontsDir, theme: TIGHTEST });
      return {
        document,
        theme: TIGHTEST,
        fit: fitOf(sections, pages, FIT_THEMES.length - 1, TIGHTEST, left, partsLeftOut),
      };
    }
    partsLeftOut.push(next);
    kept = kept.filter((s) => s !== next);
  }
}

/** The index of the loosest theme that fits a document known to fit the tightest (a binary search: tighter never takes more pages). */
function loosestFitting(
  document: RenderableDocument,
  onOne: (d: RenderableDocument, t: Theme) => boolean,
): number {
  let lo = 0;
  let hi = FIT_THEMES.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (onOne(document, FIT_THEMES[mid] as Theme)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function fitOf(
  sections: HandoutSection[],
  pages: number,
  level: number,
  theme: Theme,
  chartsLeftOut: string[],
  partsLeftOut: HandoutSection[],
): OnePageFit {
  return {
    sections,
    pages,
    fits: pages === 1 && chartsLeftOut.length === 0 && partsLeftOut.length === 0,
    tightened: level > 0,
    bodySize: theme.body.size,
    chartsLeftOut,
    partsLeftOut: [...partsLeftOut],
  };
}
