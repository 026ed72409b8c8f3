/**
 * A container of named binary sections: a small JSON header, then each section's bytes at an
 * 8-byte-aligned offset, so typed arrays are read back with one copy and no text decoding. Used for the stored archive index, whose posting lists and text run to hundreds of
 * megabytes at 100,000 sessions (as base64 inside JSON, loading them took seconds).
 *
 * Layout: u32 (little-endian) header length ‖ header (UTF-8 JSON) ‖ padding ‖ sections.
 */

/** The element types a section can hold. */
export type SectionType = 'u8' | 'u16' | 'u32';

/** A section's content. */
export type SectionArray = Uint8Array | Uint16Array | Uint32Array;

interface SectionEntry {
  name: string;
  type: SectionType;
  offset: number;
  bytes: number;
}

interface Header {
  meta: unknown;
  sections: SectionEntry[];
}

const ALIGN = 8;

function typeOf(array: SectionArray): SectionType {
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Uint16Array) return 'u16';
  return 'u8';
}

const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Packs a JSON value and named typed arrays into one byte array (see the layout above). */
export function packSections(meta: unknown, sections: Record<string, SectionArray>): Uint8Array {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(sections)) {
    entries.push({ name, type: typeOf(array), offset, bytes: array.byteLength });
    offset = align(offset + array.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ meta, sections: entries } satisfies Header), 'utf8');
  const start = align(4 + header.length);
  const out = new Uint8Array(start + offset);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  entries.forEach((entry) => {
    const array = sections[entry.name] as SectionArray;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + entry.offset);
  });
  return out;
}

/** What `unpackSections` gives back: the JSON value and each section by name. */
export interface UnpackedSections {
  meta: unknown;
  /**
   * A section as bytes, 16-bit or 32-bit numbers: a copy, so that keeping it does not keep the
   * whole container in memory. Throws when it is missing or of another type.
   */
  u8(name: string): Uint8Array;
  u16(name: string): Uint16Array;
  u32(name: string): Uint32Array;
}

const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array } as const;

function isEntry(value: unknown, body: number): value is SectionEntry {
  const e = value as Partial<SectionEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.name === 'string' &&
    (e.type === 'u8' || e.type === 'u16' || e.type === 'u32') &&
    Number.isSafeInteger(e.offset) &&
    Number.isSafeInteger(e.bytes) &&
    (e.offset as number) >= 0 &&
    (e.bytes as number) >= 0 &&
    (e.offset as number) + (e.bytes as number) <= body &&
    (e.bytes as number) % CONSTRUCTORS[e.type].BYTES_PER_ELEMENT === 0
  );
}

/** Reads bytes made by `packSections`; throws when they are cut or not of this layout. */
export function unpackSections(bytes: Uint8Array): UnpackedSections {
  if (bytes.byteLength < 4) throw new Error('The sections are cut.');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  if (4 + headerLength > bytes.byteLength) throw new Error('The sections are cut.');
  const header = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset + 4, headerLength).toString('utf8'),
  ) as Partial<Header>;
  const start = align(4 + headerLength);
  const body = bytes.byteLength - start;
  if (!Array.isArray(header.sections) || !header.sections.every((e) => isEntry(e, body)))
    throw new Error('The section table is damaged.');
  const table = new Map(header.sections.map((e) => [e.name, e]));
  function section<T extends SectionType>(name: string, type: T): SectionArray {
    const entry = table.get(name);
    if (!entry || entry.type !== type) throw new Error(`The section ${name} is missing.`);
    const Kind = CONSTRUCTORS[type];
    const at = bytes.byteOffset + start + entry.offset;
    const length = entry.bytes / Kind.BYTES_PER_ELEMENT;
    const copy = new Kind(length);
    new Uint8Array(copy.buffer).set(new Uint8Array(bytes.buffer, at, entry.bytes));
    return copy;
  }
  return {
    meta: header.meta,
    u8: (name) => section(name, 'u8') as Uint8Array,
    u16: (name) => section(name, 'u16') as Uint16Array,
    u32: (name) => section(name, 'u32') as Uint32Array,
  };
}
