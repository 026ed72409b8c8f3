/**
 * Emoji extract as typed. The emoji face draws a whole sequence (👩‍⚕️, 🇺🇦, 1️⃣, 👍🏽) as one
 * ligature glyph, but pdfkit maps each glyph to the characters fontkit says it came from, which
 * for several sequences is only their first character, and a glyph can serve more than one
 * sequence (the monochrome face draws 👍🏽 and 👍 alike) while ToUnicode maps a glyph to one text.
 * So every grapheme cluster is shaped on its own and each (glyph, text) pair gets a glyph id of its
 * own in the document's subset, mapped in ToUnicode to exactly the characters typed.
 *
 * pdf.js gives a glyph whose text holds a nonspacing mark (VS16 is one) no width, and one whose
 * text ends in a format character no text at all; such a glyph at the start of a line also runs
 * the line into the one before. So the marks and trailing format characters of a sequence ride
 * on an empty, zero-width glyph (the face's VS16 glyph) drawn right after the picture.
 */

/** The parts of pdfkit's EmbeddedFont (private in pdfkit's types) and fontkit's subset this touches. */
interface GlyphLike {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface EmbeddedFontLike {
  font: { glyphForCodePoint(cp: number): GlyphLike };
  unicode: number[][];
  widths: number[];
  scale: number;
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  layout(
    text: string,
    features?: string[],
  ): { glyphs: GlyphLike[]; positions: Record<string, number>[] };
  encode(text: string, features?: string[]): [string[], Record<string, number>[]];
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const fixed = new WeakSet<object>();

/** Splits a cluster's code points between its glyphs so that, joined, they give the cluster back. */
export function shareCodePoints(
  cluster: readonly number[],
  glyphs: readonly (readonly number[])[],
): number[][] {
  if (glyphs.length <= 1) return [[...cluster]];
  const shares: number[][] = [];
  let cursor = 0;
  glyphs.forEach((own, k) => {
    if (k === glyphs.length - 1) {
      shares.push(cluster.slice(cursor));
      return;
    }
    const next = glyphs[k + 1]?.[0];
    let end = cursor + Math.max(1, own.length);
    while (end < cluster.length && next !== undefined && cluster[end] !== next) end++;
    end = Math.min(end, cluster.length);
    shares.push(cluster.slice(cursor, end));
    cursor = end;
  });
  return shares.map((share, k) => (share.length > 0 ? share : [...(glyphs[k] ?? [])]));
}

const NONSPACING = /\p{Mn}/u;
const FORMAT = /\p{Cf}/u;
const VS16 = 0xfe0f;

/**
 * Splits a glyph's text into what the picture glyph carries (up to the first nonspacing mark, less
 * trailing format characters) and the rest, carried by a zero-width glyph; the rest may be empty.
 */
export function splitMarks(share: readonly number[]): [number[], number[]] {
  let end = share.findIndex((cp) => NONSPACING.test(String.fromCodePoint(cp)));
  if (end < 0) end = share.length;
  while (end > 1 && FORMAT.test(String.fromCodePoint(share[end - 1] ?? 0))) end--;
  if (end === 0) return [[...share], []];
  return [share.slice(0, end), share.slice(end)];
}

/**
 * Makes a pdfkit EmbeddedFont of the emoji face map every glyph it draws to the whole typed
 * sequence (see the module comment). Idempotent; other faces are left alone.
 */
export function fixEmojiUnicode(font: unknown): void {
  const embedded = font as EmbeddedFontLike;
  if (
    fixed.has(embedded) ||
    typeof embedded.encode !== 'function' ||
    !embedded.subset ||
    !Array.isArray(embedded.unicode)
  )
    return;
  fixed.add(embedded);
  const gidFor = new Map<string, number>();
  embedded.encode = (text: string, features?: string[]) => {
    const res: string[] = [];
    const positions: Record<string, number>[] = [];
    for (const { segment } of graphemes.segment(text)) {
      const run = embedded.layout(segment, features);
      const shares = shareCodePoints(
        [...segment].map((ch) => ch.codePointAt(0) ?? 0),
        run.glyphs.map((g) => g.codePoints),
      );
      run.glyphs.forEach((glyph, k) => {
        const [picture, marks] = splitMarks(shares[k] ?? glyph.codePoints);
        res.push(hex(subsetGlyph(embedded, gidFor, glyph, picture)));
        positions.push(run.positions[k] ?? {});
        if (marks.length === 0) return;
        res.push(hex(subsetGlyph(embedded, gidFor, carrier(embedded), marks)));
        positions.push({ xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: 0 });
      });
    }
    return [res, positions];
  };
}

const hex = (gid: number): string => `0000${gid.toString(16)}`.slice(-4);

/** The face's empty, zero-width glyph that carries marks (see the module comment). */
function carrier(font: EmbeddedFontLike): GlyphLike {
  const glyph = font.font.glyphForCodePoint(VS16);
  return { id: glyph.id, codePoints: [VS16], advanceWidth: 0 };
}

/** The subset glyph id drawing `glyph` that ToUnicode maps to `share`, added to the subset on first use. */
function subsetGlyph(
  font: EmbeddedFontLike,
  gidFor: Map<string, number>,
  glyph: GlyphLike,
  share: readonly number[],
): number {
  const key = `${glyph.id}:${share.join(',')}`;
  let gid = gidFor.get(key);
  if (gid !== undefined) return gid;
  gid = font.subset.includeGlyph(glyph.id);
  if (font.unicode[gid] != null) {
    // The glyph already stands for other text in this document: draw the same outline under a new id.
    font.subset.glyphs.push(glyph.id);
    gid = font.subset.glyphs.length - 1;
  }
  font.unicode[gid] = [...share];
  font.widths[gid] = glyph.advanceWidth * font.scale;
  gidFor.set(key, gid);
  return gid;
}
