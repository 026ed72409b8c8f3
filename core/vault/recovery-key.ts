/**
 * The recovery key as people see it: 128 random bits written as 26 Base32 characters (RFC 4648
 * alphabet) plus two check characters, shown as seven groups of four (XXXX-XXXX-…-XXXX).
 * Parsing is tolerant of case, spaces, dashes and the look-alikes 0/O, 1/I, 8/B; a single
 * mistyped character or two swapped neighbours are caught by the check characters.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const KEY_BYTES = 16;
const DATA_CHARS = 26;
const CHECK_CHARS = 2;
const GROUP = 4;

/** How many characters a recovery key has, without separators. */
export const RECOVERY_KEY_CHARS = DATA_CHARS + CHECK_CHARS;

/** The outcome of reading a typed recovery key. */
export type ParsedRecoveryKey = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

function checksum(values: readonly number[]): number {
  let sum = 0;
  values.forEach((v, i) => {
    sum = (sum + v * (i + 1)) % 1024;
  });
  return sum;
}

/** Writes 16 random bytes as a grouped recovery key. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== KEY_BYTES) throw new Error('A recovery key has exactly 16 bytes.');
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      values.push((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) values.push((buffer << (5 - bits)) & 31);
  const check = checksum(values);
  values.push(check >>> 5, check & 31);
  const chars = values.map((v) => ALPHABET[v]).join('');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

/** Removes separators and folds case and look-alike characters, without judging validity. */
export function normalizeRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
}

/** Reads a typed recovery key back into its 16 bytes, or says what is wrong with it. */
export function parseRecoveryKey(typed: string): ParsedRecoveryKey {
  const chars = normalizeRecoveryKey(typed);
  if (chars.length !== RECOVERY_KEY_CHARS) {
    return {
      ok: false,
      reason: `A recovery key has ${RECOVERY_KEY_CHARS} letters and digits; this one has ${chars.length}.`,
    };
  }
  const values: number[] = [];
  for (const ch of chars) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0)
      return { ok: false, reason: 'A recovery key uses only the letters A–Z and the digits 2–7.' };
    values.push(v);
  }
  const data = values.slice(0, DATA_CHARS);
  const check = ((values[DATA_CHARS] ?? 0) << 5) | (values[DATA_CHARS + 1] ?? 0);
  if (checksum(data) !== check)
    return {
      ok: false,
      reason: 'This recovery key has a typo. Check each group against your printed copy.',
    };
  const bytes = new Uint8Array(KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const v of data) {
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      if (at < KEY_BYTES) bytes[at++] = (buffer >>> (bits - 8)) & 255;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  if (buffer !== 0)
    return {
      ok: false,
      reason: 'This recovery key has a typo. Check each group against your printed copy.',
    };
  return { ok: true, bytes };
}
