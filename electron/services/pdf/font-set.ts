import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';

/** The faces the engine sets text in. */
export type FaceKey = 'sans' | 'sansBold' | 'sansOblique' | 'cjk';

/** The style a run of text asks for; the face is chosen by glyph coverage. */
export type TextStyle = 'regular' | 'bold' | 'oblique';

/** Loaded fonts, parsed once and shared by every render. */
export interface FontSet {
  faces: Readonly<Record<FaceKey, Font>>;
}

const FILES: Readonly<Record<FaceKey, string>> = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  cjk: 'NotoSansSC-Regular.ttf',
};

/** Faces tried in order for each style: the first that has every glyph of a character wins. */
const CHAINS: Readonly<Record<TextStyle, readonly FaceKey[]>> = {
  regular: ['sans', 'cjk'],
  bold: ['sansBold', 'sans', 'cjk'],
  oblique: ['sansOblique', 'sans', 'cjk'],
};

const cache = new Map<string, FontSet>();

/** Loads (once per folder) the TTF faces shipped in resources/fonts. */
export function loadFontSet(fontsDir: string): FontSet {
  const cached = cache.get(fontsDir);
  if (cached) return cached;
  const faces = {} as Record<FaceKey, Font>;
  for (const key of Object.keys(FILES) as FaceKey[]) {
    faces[key] = create(readFileSync(join(fontsDir, FILES[key])));
  }
  const set: FontSet = { faces };
  cache.set(fontsDir, set);
  return set;
}

/** The faces to try, in order, for a text style. */
export function faceChain(style: TextStyle): readonly FaceKey[] {
  return CHAINS[style];
}

/** The face used for glyphs no face has (a visible placeholder is drawn in it). */
export const FALLBACK_FACE: FaceKey = 'sans';
