/**
 * Typed arrays and JSON values as base64 text and back, for the stored archive index (typed arrays
 * in the computer's byte order: little-endian on every supported computer; the file is per computer).
 */

type TypedArrayOf<T> = {
  new (length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/** The bytes of a typed array as base64. */
export function toBase64(array: Uint8Array | Uint16Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** A typed array of the given kind from base64 text; throws when the text is not that. */
export function fromBase64<T extends Uint8Array | Uint16Array | Uint32Array>(
  text: unknown,
  Kind: TypedArrayOf<T>,
): T {
  if (typeof text !== 'string') throw new Error('Stored array is not text.');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % Kind.BYTES_PER_ELEMENT !== 0) throw new Error('Stored array is cut.');
  const out = new Kind(bytes.byteLength / Kind.BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** A JSON value as base64 of its UTF-8 text (ASCII only, whatever the value holds). */
export function jsonToBase64(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

/** A JSON value from `jsonToBase64` text; throws when the text is not that. */
export function jsonFromBase64(text: unknown): unknown {
  if (typeof text !== 'string') throw new Error('Stored value is not text.');
  return JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
}
