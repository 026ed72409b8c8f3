import type { FaceKey, FontSet } from './font-set';
import { dropUncoveredIgnorables, PLACEHOLDER, type Cluster } from './glyph-coverage';
import { mirrorText, shapesRightToLeft, visualOrder } from './bidi';
import { SOFT_HYPHEN } from './line-breaks';
import { textWidth } from './measure';

/** What a soft hyphen at the end of a line shows. */
export const VISIBLE_HYPHEN = '-';

/**
 * The hyphen drawn where a line ends at a soft hyphen: in the face and level of the word it ends,
 * extracted as the soft hyphen that was typed.
 */
export function softHyphenRun(
  face: FaceKey,
  level: number,
  size: number,
  fonts: FontSet,
): PlacedRun {
  return {
    drawText: VISIBLE_HYPHEN,
    typed: SOFT_HYPHEN,
    face,
    size,
    x: 0,
    width: textWidth(fonts, face, VISIBLE_HYPHEN, size),
    level,
    missing: false,
    actualText: SOFT_HYPHEN,
  };
}

/** A run of one face and one bidi level, ready to draw at x (from the box's left edge). */
export interface PlacedRun {
  /** The text handed to the shaper: mirrored and pre-reversed where needed so the glyphs come out in visual order. */
  drawText: string;
  /** The text as typed. */
  typed: string;
  face: FaceKey;
  size: number;
  x: number;
  width: number;
  /** Bidi embedding level (odd = right-to-left). */
  level: number;
  /** A placeholder stands for glyphs no face has; `typed` goes into ActualText. */
  missing: boolean;
  /** The text extraction should give instead of the drawn glyphs (a soft hyphen's visible hyphen gives the soft hyphen). */
  actualText?: string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function reverseGraphemes(text: string): string {
  return [...graphemes.segment(text)]
    .map((s) => s.segment)
    .reverse()
    .join('');
}

/**
 * Groups a line's clusters into runs (same face, same level), orders them visually and gives each
 * an x. Runs are returned in typed order so content streams (and text extraction) follow typed order.
 */
export function placeRuns(
  clusters: readonly Cluster[],
  levels: Uint8Array,
  size: number,
  fonts: FontSet,
  extra: readonly PlacedRun[] = [],
): { runs: PlacedRun[]; width: number } {
  const runs: PlacedRun[] = [];
  let i = 0;
  while (i < clusters.length) {
    const c = clusters[i] as Cluster;
    const level = levels[c.start] ?? 0;
    let typed = c.text;
    let j = i + 1;
    while (j < clusters.length && !c.missing) {
      const n = clusters[j] as Cluster;
      if (n.missing || n.face !== c.face || (levels[n.start] ?? 0) !== level) break;
      typed += n.text;
      j++;
    }
    runs.push(makeRun(typed, c, level, size, fonts));
    i = j;
  }
  runs.push(...extra);
  let x = 0;
  for (const run of visualOrder(runs, (r) => r.level)) {
    run.x = x;
    x += run.width;
  }
  return { runs, width: x };
}

function makeRun(
  typed: string,
  first: Cluster,
  level: number,
  size: number,
  fonts: FontSet,
): PlacedRun {
  const font = fonts.faces[first.face];
  const rtl = level % 2 === 1;
  let drawText = first.missing
    ? PLACEHOLDER
    : dropUncoveredIgnorables(font, rtl ? mirrorText(typed) : typed).replaceAll(SOFT_HYPHEN, '');
  // fontkit picks the direction from the script; pre-reverse when it would pick the other one.
  if (!first.missing && shapesRightToLeft(drawText) !== rtl) drawText = reverseGraphemes(drawText);
  return {
    drawText,
    typed,
    face: first.face,
    size,
    x: 0,
    width: textWidth(fonts, first.face, drawText, size),
    level,
    missing: first.missing,
  };
}
