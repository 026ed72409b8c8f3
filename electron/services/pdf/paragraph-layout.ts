import type { FontSet, TextStyle } from './font-set';
import { clusterText, type Cluster } from './glyph-coverage';
import { isNewline, isSoftHyphen, isSpace, SOFT_HYPHEN, toAtoms, type Atom } from './line-breaks';
import { paragraphLevelAt, resolveLevels, type BidiLevels } from './bidi';
import { textWidth } from './measure';
import { placeRuns, softHyphenRun, VISIBLE_HYPHEN, type PlacedRun } from './line-runs';

/** Text in one style, in typed order. */
export interface StyledSpan {
  text: string;
  style: TextStyle;
}

export interface ParagraphStyle {
  /** Font size in points. */
  size: number;
  /** Line pitch as a multiple of the size. */
  lineHeight: number;
  direction: 'ltr' | 'rtl' | 'auto';
  /** Alignment relative to the paragraph's direction (start = left for LTR, right for RTL). */
  align: 'start' | 'center' | 'end';
}

/** One laid-out line: runs in typed order, each at its x from the left edge of the box. */
export interface LaidLine {
  runs: PlacedRun[];
  /** Width of the drawn text. */
  width: number;
  /** The paragraph this line belongs to is right-to-left. */
  rtl: boolean;
}

export interface LaidParagraph {
  lines: LaidLine[];
  /** Line pitch in points. */
  lineHeight: number;
  size: number;
  /** The (first) paragraph is right-to-left. */
  rtl: boolean;
  /** Total height of all lines. */
  height: number;
}

/**
 * Lays out a paragraph in a box of the given width: glyph coverage, bidi levels, line breaking in
 * typed order, then visual reordering and positions per line. Never drops or cuts characters.
 */
export function layoutParagraph(
  spans: readonly StyledSpan[],
  width: number,
  style: ParagraphStyle,
  fonts: FontSet,
): LaidParagraph {
  const { text, styleAt } = joinSpans(spans);
  const levels = resolveLevels(text, style.direction);
  const clusters = clusterText(text, styleAt, fonts);
  const measure = (from: number, to: number): number =>
    measureClusters(clusters, from, to, style.size, fonts);
  const hyphenWidth = (at: number): number =>
    textWidth(fonts, (clusters[at] as Cluster).face, VISIBLE_HYPHEN, style.size);
  const lines: LaidLine[] = [];
  const broken = breakLines(toAtoms(clusters), width, measure, hyphenWidth);
  broken.forEach(([from, to, end], k) => {
    lines.push(
      buildLine(clusters, levels, [from, to, end], width, style, fonts, k < broken.length - 1),
    );
  });
  if (lines.length === 0)
    lines.push({ runs: [], width: 0, rtl: paragraphLevelAt(levels, 0) % 2 === 1 });
  const lineHeight = style.size * style.lineHeight;
  return {
    lines,
    lineHeight,
    size: style.size,
    rtl: lines[0]?.rtl ?? false,
    height: lines.length * lineHeight,
  };
}

function joinSpans(spans: readonly StyledSpan[]): {
  text: string;
  styleAt: (i: number) => TextStyle;
} {
  const starts: number[] = [];
  let text = '';
  for (const span of spans) {
    starts.push(text.length);
    // A tab is drawn as a space (and, like one, is a place to break the line).
    text += span.text.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ');
  }
  const styleAt = (i: number): TextStyle => {
    let k = starts.length - 1;
    while (k > 0 && (starts[k] ?? 0) > i) k--;
    return spans[k]?.style ?? 'regular';
  };
  return { text, styleAt };
}

/** Width of clusters [from, to) shaped as runs of one face. */
function measureClusters(
  clusters: readonly Cluster[],
  from: number,
  to: number,
  size: number,
  fonts: FontSet,
): number {
  let total = 0;
  let i = from;
  while (i < to) {
    const c = clusters[i] as Cluster;
    let j = i + 1;
    let run = c.missing ? '\uFFFD' : c.text;
    while (
      j < to &&
      !c.missing &&
      !(clusters[j] as Cluster).missing &&
      (clusters[j] as Cluster).face === c.face
    ) {
      run += (clusters[j] as Cluster).text;
      j++;
    }
    // A soft hyphen is invisible inside a line (its hyphen is added only where a line ends at it).
    total += textWidth(fonts, c.face, run.replaceAll(SOFT_HYPHEN, ''), size);
    i = j;
  }
  return total;
}

/**
 * Greedy line filling over atoms; atoms wider than the line are broken between clusters. An atom
 * ending in a soft hyphen fits a line's end only with room for the hyphen it then shows. Each line
 * is [from, to, end): clusters [from, to), of which those from `end` on (the last atom's trailing
 * spaces and list separator) are not drawn.
 */
function breakLines(
  atoms: readonly Atom[],
  width: number,
  measure: (a: number, b: number) => number,
  hyphenWidth: (at: number) => number,
): [number, number, number][] {
  const lines: [number, number, number][] = [];
  let lineFrom = -1;
  let lineEnd = 0;
  let contentEnd = 0;
  let used = 0;
  const flush = (): void => {
    if (lineFrom >= 0) lines.push([lineFrom, lineEnd, contentEnd]);
    lineFrom = -1;
    used = 0;
  };
  atoms.forEach((atom, index) => {
    const content = measure(atom.from, atom.contentEnd);
    const fits = (extra: number): boolean => used + content + extra <= width + 0.01;
    // A line that ends at a soft hyphen shows a hyphen: when the next atom will not join this
    // line, this atom fits only with room for that hyphen.
    const next = atoms[index + 1];
    const endsLineHere =
      next !== undefined &&
      !fits(measure(atom.contentEnd, atom.to) + measure(next.from, next.contentEnd));
    if (
      lineFrom >= 0 &&
      !fits(atom.softHyphen && endsLineHere ? hyphenWidth(atom.contentEnd - 1) : 0)
    )
      flush();
    if (content > width + 0.01) {
      let from = atom.from;
      while (from < atom.contentEnd) {
        const end = fitClusters(from, atom.contentEnd, width, measure);
        if (end < atom.contentEnd) {
          lines.push([from, end, end]);
        } else {
          lineFrom = from;
          used = measure(from, end);
        }
        from = end;
      }
    } else {
      if (lineFrom < 0) lineFrom = atom.from;
      used += content;
    }
    used += measure(atom.contentEnd, atom.to - (atom.hardBreak ? 1 : 0));
    lineEnd = atom.to;
    contentEnd = atom.contentEnd;
    if (atom.hardBreak) {
      if (lineFrom < 0) lineFrom = atom.from;
      flush();
    }
  });
  flush();
  return lines;
}

/** The largest end (> from) such that clusters [from, end) fit the width; at least one cluster. */
function fitClusters(
  from: number,
  to: number,
  width: number,
  measure: (a: number, b: number) => number,
): number {
  let lo = from + 1;
  let hi = to;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(from, mid) <= width + 0.01) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Places one line's clusters [from, drawnEnd) in the box (the line takes [from, to)). A line that
 * breaks at a soft hyphen (not the paragraph's last) shows a hyphen there.
 */
function buildLine(
  clusters: readonly Cluster[],
  levels: BidiLevels,
  [from, to, drawnEnd]: [number, number, number],
  width: number,
  style: ParagraphStyle,
  fonts: FontSet,
  followed: boolean,
): LaidLine {
  let end = Math.max(from, drawnEnd);
  while (
    end > from &&
    (isSpace(clusters[end - 1] as Cluster) || isNewline(clusters[end - 1] as Cluster))
  )
    end--;
  const first = clusters[from];
  const rtl = paragraphLevelAt(levels, first ? first.start : 0) % 2 === 1;
  const last = clusters[end - 1];
  const hyphen =
    followed && last && isSoftHyphen(last) && !isNewline(clusters[to - 1] as Cluster)
      ? [
          softHyphenRun(
            (clusters[end - 2] ?? last).face,
            levels.levels[last.start] ?? 0,
            style.size,
            fonts,
          ),
        ]
      : [];
  const { runs, width: lineWidth } = placeRuns(
    clusters.slice(from, hyphen.length > 0 ? end - 1 : end),
    levels.levels,
    style.size,
    fonts,
    hyphen,
  );
  let offset = 0;
  const slack = width - lineWidth;
  if (style.align === 'center') offset = slack / 2;
  else if ((style.align === 'end') !== rtl) offset = slack;
  for (const run of runs) run.x += offset;
  return { runs, width: lineWidth, rtl };
}
