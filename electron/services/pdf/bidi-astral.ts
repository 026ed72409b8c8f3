/**
 * bidi-js resolves levels per UTF-16 unit and reads each surrogate alone as left-to-right, so an
 * emoji (neutral) at the start of a Hebrew name made the paragraph left-to-right, and emoji between
 * right-to-left words were ordered as a left-to-right run. Handing it a stand-in text whose
 * characters outside the BMP are replaced, unit for unit, by a BMP character of the same bidi
 * class gives the levels the real characters have, at the same indexes.
 */

/** A BMP character for each bidi class an astral character can have (bidi-js class names). */
const STAND_IN: Readonly<Record<string, string>> = {
  L: 'a',
  R: '\u05d0',
  AL: '\u0627',
  EN: '0',
  ES: '+',
  ET: '#',
  AN: '\u0660',
  CS: ',',
  NSM: '\u0300',
  BN: '\u200b',
  ON: '!',
  WS: ' ',
};

/** The text with every astral character replaced by two BMP characters of its bidi class. */
export function bmpStandIn(text: string, classOf: (ch: string) => string): string {
  if (!/[\ud800-\udbff]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    if (ch.length === 1) {
      out += ch;
      continue;
    }
    const stand = STAND_IN[classOf(ch)];
    out += stand === undefined ? ch : stand + stand;
  }
  return out;
}
