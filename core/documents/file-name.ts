/**
 * Safe file names for "Save a copy as…": whatever text goes in, what comes out is one plain file
 * name that every common file system accepts — no path parts, no control or direction-override
 * characters, no Windows device names, no trailing dots or spaces, at most 255 bytes in UTF-8.
 */

/** The longest file name, in UTF-8 bytes, that ext4, APFS and NTFS all accept. */
export const MAX_FILE_NAME_BYTES = 255;

// Controls (C0, DEL, C1), direction marks and overrides, BOM and line/paragraph separators.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point.
  /[\ud800-\udfff\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029]/gu;
// Characters Windows forbids in names, and both path separators.
const RESERVED = /[<>:"/\\|?*]/g;
// Windows device names, with or without an extension (also the superscript-digit forms).
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** UTF-8 length of a text (core has no TextEncoder). */
function bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Cuts text to at most `max` UTF-8 bytes without splitting a character (or an emoji sequence where segmentation is available). */
function cutToBytes(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const parts =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
          (s) => s.segment,
        )
      : [...text];
  let out = '';
  for (const part of parts) {
    if (bytes(out + part) > max) break;
    out += part;
  }
  return out;
}

/**
 * Turns any text into a safe file name, keeping its extension (e.g. ".pdf"). Returns `fallback`
 * when nothing usable is left.
 */
export function sanitizeFileName(name: string, fallback = 'document.pdf'): string {
  let clean = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '-')
    .replace(/\s+/g, ' ');
  // No hidden files, no "." or "..": drop leading dots and spaces; Windows drops trailing ones.
  clean = clean.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (DEVICE.test(clean)) clean = `_${clean}`;
  if (bytes(clean) > MAX_FILE_NAME_BYTES) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    const stem = cutToBytes(
      clean.slice(0, clean.length - ext.length),
      MAX_FILE_NAME_BYTES - bytes(ext),
    ).replace(/[.\s]+$/, '');
    clean = stem ? `${stem}${ext}` : '';
  }
  if (!clean || /^-+$/.test(clean))
    return fallback === name ? 'document.pdf' : sanitizeFileName(fallback);
  return clean;
}
