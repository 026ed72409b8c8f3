import type { Font } from 'fontkit';
import { isEmojiCluster } from './emoji';
import { faceChain, FALLBACK_FACE, type FaceKey, type FontSet, type TextStyle } from './font-set';

/** One grapheme cluster and the face that draws it. */
export interface Cluster {
  /** Index of the cluster's first UTF-16 unit in the paragraph text. */
  start: number;
  text: string;
  style: TextStyle;
  face: FaceKey;
  /** No face has its glyphs: a placeholder is drawn and the typed text kept as ActualText. */
  missing: boolean;
}

/** The placeholder drawn for characters no shipped face has. */
export const PLACEHOLDER = '\uFFFD';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** True for code points that draw nothing (joiners, variation selectors, bidi controls). */
export function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** Whether a face can draw every visible code point of a cluster. */
export function faceCovers(font: Font, text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isDefaultIgnorable(cp) || cp === 0x0a) continue;
    if (!font.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}

/** Removes code points a face has no glyph for and that draw nothing anyway (e.g. ZWJ in the CJK face). */
export function dropUncoveredIgnorables(font: Font, text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isDefaultIgnorable(cp) && !font.hasGlyphForCodePoint(cp)) continue;
    out += ch;
  }
  return out;
}

/**
 * Splits styled text into grapheme clusters, each assigned the first face (for its style) that
 * covers it; emoji clusters try the emoji face first, so a ZWJ sequence is one cluster in one face.
 */
export function clusterText(
  text: string,
  styleAt: (index: number) => TextStyle,
  fonts: FontSet,
): Cluster[] {
  const clusters: Cluster[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const style = styleAt(index);
    const face = faceChain(style, isEmojiCluster(segment)).find((key) =>
      faceCovers(fonts.faces[key], segment),
    );
    clusters.push({
      start: index,
      text: segment,
      style,
      face: face ?? FALLBACK_FACE,
      missing: face === undefined,
    });
  }
  return clusters;
}
