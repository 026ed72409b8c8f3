import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';

/** The faces the engine sets text in. */
export type FaceKey = 'sans' | 'sansBold' | 'sansOblique' | 'cjk' | 'emoji';

/** The style a run of text asks for; the face is chosen by glyph coverage. */
export type TextStyle = 'regular' | 'bold' | 'oblique';

/**
 * One document's fonts. fontkit caches glyph objects with the characters they were first reached
 * by, and pdfkit subsets composite glyphs by pulling in their components without characters; a
 * font object shared between documents would carry those glyphs into later documents' text. Each
 * document therefore gets its own font objects, built from font file bytes read once.
 */
export interface FontSet {
  /** The folder the faces were read from (text widths are cached per file, see measure.ts). */
  fontsDir: string;
  faces: Readonly<Record<FaceKey, Font>>;
}

const FILES: Readonly<Record<FaceKey, string>> = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  cjk: 'NotoSansSC-Regular.ttf',
  emoji: 'NotoEmoji-Regular.ttf',
};

/** Faces tried in order for each style: the first that has every glyph of a character wins. */
const CHAINS: Readonly<Record<TextStyle, readonly FaceKey[]>> = {
  regular: ['sans', 'cjk'],
  bold: ['sansBold', 'sans', 'cjk'],
  oblique: ['sansOblique', 'sans', 'cjk'],
};

const fileCache = new Map<string, Readonly<Record<FaceKey, Uint8Array>>>();

/** fontkit's private store of decoded tables (cmap, GSUB, GPOS, hmtx…): pure font data, no glyph state. */
type TableStore = Record<string, unknown>;
interface FontInternals {
  _tables?: unknown;
}
const tableCache = new Map<string, TableStore>();

/** Reads (once per folder, kept for the life of the process) the TTF files shipped in resources/fonts. */
export function loadFontFiles(fontsDir: string): Readonly<Record<FaceKey, Uint8Array>> {
  const cached = fileCache.get(fontsDir);
  if (cached) return cached;
  const files = {} as Record<FaceKey, Uint8Array>;
  for (const key of Object.keys(FILES) as FaceKey[])
    files[key] = readFileSync(join(fontsDir, FILES[key]));
  fileCache.set(fontsDir, files);
  return files;
}

/**
 * A fresh set of font objects for one document, parsed from the cached file bytes. Never share the
 * result between documents: what one document draws would change another's text and bytes.
 */
export function openFontSet(fontsDir: string): FontSet {
  const faces = {} as Record<FaceKey, Font>;
  for (const key of Object.keys(FILES) as FaceKey[]) faces[key] = openFace(fontsDir, key);
  return { fontsDir, faces };
}

/** A new font object for one face, sharing decoded tables with earlier objects of the same file. */
export function openFace(fontsDir: string, face: FaceKey): Font {
  return withSharedTables(create(loadFontFiles(fontsDir)[face]), `${fontsDir}\0${face}`);
}

/**
 * Lets a fresh font object reuse the tables earlier objects of the same file decoded (decoding
 * GSUB/GPOS is most of the cost of a new object). Tables are read-only font data; the glyph cache,
 * which does carry state from what was drawn, stays the object's own.
 */
function withSharedTables(font: Font, fileKey: string): Font {
  const internals = font as unknown as FontInternals;
  if (typeof internals._tables !== 'object' || internals._tables === null) return font;
  const shared = tableCache.get(fileKey);
  if (shared) internals._tables = shared;
  else tableCache.set(fileKey, internals._tables as TableStore);
  return font;
}

/** The monochrome emoji face (one weight): tried first for emoji, last for anything else. */
export const EMOJI_FACE: FaceKey = 'emoji';

/** The faces to try, in order, for a text style; `emoji` puts the emoji face first. */
export function faceChain(style: TextStyle, emoji = false): readonly FaceKey[] {
  return emoji ? [EMOJI_FACE, ...CHAINS[style]] : [...CHAINS[style], EMOJI_FACE];
}

/** The face used for glyphs no face has (a visible placeholder is drawn in it). */
export const FALLBACK_FACE: FaceKey = 'sans';
