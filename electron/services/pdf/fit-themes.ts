/**
 * Tighter themes for fitting a document on fewer pages, from the default to the tightest this
 * engine allows: body type never below 9.5 pt, quiet type never below 8.5 pt, lines never closer
 * than 1.3 times their size, margins never under 40 pt, charts never under 18% of the page.
 */
import { THEME, type HeadingSpec, type Theme } from './theme';

/** The smallest body type a tightened document uses. */
export const BODY_SIZE_FLOOR = 9.5;

interface Tightening {
  body: number;
  quiet: number;
  lineHeight: number;
  /** Multiplies heading sizes (never below the body size) and every gap. */
  headingScale: number;
  gapScale: number;
  margin: { top: number; bottom: number; side: number };
  chartMaxHeight: number;
}

const STEPS: readonly Tightening[] = [
  {
    body: 10.5,
    quiet: 9,
    lineHeight: 1.38,
    headingScale: 0.9,
    gapScale: 0.7,
    margin: { top: 44, bottom: 54, side: 48 },
    chartMaxHeight: 0.19,
  },
  {
    body: 10,
    quiet: 9,
    lineHeight: 1.34,
    headingScale: 0.82,
    gapScale: 0.5,
    margin: { top: 42, bottom: 52, side: 46 },
    chartMaxHeight: 0.185,
  },
  {
    body: BODY_SIZE_FLOOR,
    quiet: 8.5,
    lineHeight: 1.3,
    headingScale: 0.78,
    gapScale: 0.4,
    margin: { top: 40, bottom: 50, side: 42 },
    chartMaxHeight: 0.18,
  },
];

function heading(spec: HeadingSpec, t: Tightening): HeadingSpec {
  return {
    size: Math.max(t.body + 0.5, Math.round(spec.size * t.headingScale * 10) / 10),
    lineHeight: Math.min(spec.lineHeight, 1.25),
    before: Math.round(spec.before * t.gapScale),
    after: Math.max(2, Math.round(spec.after * t.gapScale)),
  };
}

function tightened(t: Tightening): Theme {
  return {
    ...THEME,
    margin: t.margin,
    body: { size: t.body, lineHeight: t.lineHeight },
    quiet: { size: t.quiet, lineHeight: t.lineHeight },
    headings: {
      1: heading(THEME.headings[1], t),
      2: heading(THEME.headings[2], t),
      3: heading(THEME.headings[3], t),
    },
    paragraphGap: Math.max(3, Math.round(THEME.paragraphGap * t.gapScale)),
    listIndent: Math.round(THEME.listIndent * (t.body / THEME.body.size)),
    listGap: Math.max(1, Math.round(THEME.listGap * t.gapScale)),
    chartMaxHeight: t.chartMaxHeight,
  };
}

/** The default theme followed by ever tighter ones, within the limits above. */
export const FIT_THEMES: readonly Theme[] = [THEME, ...STEPS.map(tightened)];
