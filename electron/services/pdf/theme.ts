import type { PageSize } from '../../../core/document/document';
import type { ChartColor } from '../../../core/document/chart-scene';

/** Page sizes in points. */
export const PAGE_SIZES: Readonly<Record<PageSize, readonly [number, number]>> = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
};

/** Type size and line pitch of one kind of text. */
export interface TextSpec {
  size: number;
  lineHeight: number;
}

/** A heading level's type and the space around it. */
export interface HeadingSpec extends TextSpec {
  before: number;
  after: number;
}

/** Typography, spacing and colour of one output (the default one, or a tighter one for fitting a page). */
export interface Theme {
  margin: { top: number; bottom: number; side: number };
  body: TextSpec;
  quiet: TextSpec;
  headings: Readonly<Record<1 | 2 | 3, HeadingSpec>>;
  paragraphGap: number;
  listIndent: number;
  listGap: number;
  footerSize: number;
  /** The tallest a chart is drawn, as a part of the page's text height. */
  chartMaxHeight: number;
  /** How far a chart may shrink (as a part of its natural scale) to fit the space left on a page. */
  chartMinScale: number;
  colors: typeof COLORS;
}

const COLORS = {
  ink: '#2b2926',
  quiet: '#6b655d',
  accent: '#3f7466',
  accentSoft: '#e4eee9',
  rule: '#d9d3ca',
  calloutInfo: '#f4f1ec',
  calloutImportant: '#eef5f2',
  tableHeader: '#f1ede6',
} as const;

/** Typography and colour of every output: calm, warm, generous white space. */
export const THEME: Theme = {
  margin: { top: 46, bottom: 54, side: 52 },
  body: { size: 10.5, lineHeight: 1.4 },
  quiet: { size: 9, lineHeight: 1.4 },
  headings: {
    1: { size: 20, lineHeight: 1.25, before: 4, after: 8 },
    2: { size: 14, lineHeight: 1.3, before: 12, after: 4 },
    3: { size: 11.5, lineHeight: 1.3, before: 8, after: 2 },
  },
  paragraphGap: 6,
  listIndent: 17,
  listGap: 2,
  footerSize: 8.5,
  chartMaxHeight: 0.2,
  chartMinScale: 0.75,
  colors: COLORS,
};

const CHART_COLORS: Readonly<Record<string, string>> = {
  ink: THEME.colors.ink,
  muted: THEME.colors.quiet,
  grid: THEME.colors.rule,
  accent: THEME.colors.accent,
  accentSoft: '#a9c9bd',
  highlight: '#b9793f',
};

/** Maps a chart colour token (or #rrggbb) to a PDF colour; unknown values fall back to ink. */
export function chartColor(color: ChartColor | undefined, fallback: string): string {
  if (!color) return fallback;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color;
  return CHART_COLORS[color] ?? fallback;
}
