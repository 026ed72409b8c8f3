/**
 * The archive index kept on disk, so an unlock loads it instead of rebuilding it: one file beside
 * the summary cache (`<dataDir>/local-cache/archive.rec`, per computer, never in backups or record
 * scans), sealed with the vault's record cipher under a reserved address, like the summary cache.
 * Each document is stamped with the revisions of its session and client records; at unlock the
 * documents whose records changed since are re-read, and a missing, damaged, foreign or older
 * file is simply rebuilt in the background — never quarantined, never an error.
 */
import { join } from 'node:path';
import type { DocumentMeta, IndexSnapshot } from '../../../core/search';
import { writeFileAtomic } from '../store/atomic-write';
import type { RecordAddress } from '../store/record-codec';
import type { AtomicWriter } from '../store/record-store';
import { openBytesFile, sealBytes } from '../vault/record-cipher';
import { packSections, unpackSections, type UnpackedSections } from './binary-sections';
import { recordsFrom, StringTable, stringsAt } from './string-columns';

/** The stored index's file name inside the cache folder. */
export const ARCHIVE_INDEX_FILE = 'archive.rec';

/** The reserved address the stored index is sealed under (no record can be swapped in for it). */
export const ARCHIVE_INDEX_ADDRESS: RecordAddress = { kind: 'archive-index', id: '0'.repeat(32) };

/** Per session id: the session record's revision and its client record's revision when indexed. */
export type IndexStamps = Map<string, { rev: number; clientRev: number }>;

/** What is stored: the index snapshot and the stamps of its documents. */
export interface StoredIndex {
  snapshot: IndexSnapshot;
  stamps: IndexStamps;
}

/** The snapshot's plain values kept in the header (everything large is a section). */
interface HeaderValues {
  layout: number;
  textCodec: string;
  engine: {
    documentCount: number;
    nextId: number;
    dirtCount: number;
    fieldIds: Record<string, number>;
    averageFieldLength: number[];
  };
}

/** Every plain field of a document, in the order the stored columns keep them. */
const META_FIELDS = [
  'sessionId',
  'clientId',
  'clientDisplayName',
  'preferredName',
  'recordCode',
  'kind',
  'status',
  'templateId',
  'templateName',
  'reasonCode',
  'reasonText',
  'date',
  'updatedAt',
  'finalizedAt',
] as const satisfies readonly (keyof DocumentMeta)[];

// A field added to DocumentMeta must be stored too (this fails to compile until it is listed).
const EVERY_FIELD_STORED: Exclude<keyof DocumentMeta, (typeof META_FIELDS)[number]> extends never
  ? true
  : never = true;
void EVERY_FIELD_STORED;

const utf8Json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

function sectionJson(sections: UnpackedSections, name: string): unknown {
  const bytes = sections.u8(name);
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/**
 * The snapshot and stamps as binary sections: typed arrays as they are in memory (little-endian
 * on every supported computer; the file is per computer), names and terms as UTF-8 JSON.
 */
function packStored({ snapshot: s, stamps }: StoredIndex): Uint8Array {
  const e = s.engine;
  const header: HeaderValues = {
    layout: s.layout,
    textCodec: s.textCodec,
    engine: {
      documentCount: e.documentCount,
      nextId: e.nextId,
      dirtCount: e.dirtCount,
      fieldIds: e.fieldIds,
      averageFieldLength: e.averageFieldLength,
    },
  };
  const revs = new Uint32Array(stamps.size * 2);
  let i = 0;
  for (const stamp of stamps.values()) {
    revs[i++] = stamp.rev;
    revs[i++] = stamp.clientRev;
  }
  // One table of distinct strings for the documents' fields, the engine's ids and the stamps' ids.
  const table = new StringTable();
  const meta = table.columns(s.docs.meta, META_FIELDS);
  const ids = table.placesOf(e.ids);
  const stampIds = table.placesOf([...stamps.keys()]);
  return packSections(header, {
    strings: utf8Json(table.strings),
    ids,
    terms: utf8Json(e.terms),
    shortIds: e.shortIds,
    fieldLength: e.fieldLength,
    lists: e.lists,
    postingIds: e.postingIds,
    postingFreqs: e.postingFreqs,
    meta,
    text: s.docs.text,
    textEnds: s.docs.textEnds,
    shortKeys: utf8Json(s.docs.shortKeys),
    shortCounts: s.docs.shortCounts,
    shortDocs: s.docs.shortDocs,
    stampIds,
    stampRevs: revs,
  });
}

/** The stored index from its sections (the index checks the snapshot when it restores it). */
function unpackStored(bytes: Uint8Array): StoredIndex | null {
  const sections = unpackSections(bytes);
  const table = sectionJson(sections, 'strings');
  if (!Array.isArray(table)) return null;
  const header = sections.meta as Partial<HeaderValues> | null;
  if (typeof header !== 'object' || header === null || typeof header.engine !== 'object')
    return null;
  const stampIds = stringsAt(table, sections.u32('stampIds'));
  const revs = sections.u32('stampRevs');
  if (revs.length !== stampIds.length * 2) return null;
  const stamps: IndexStamps = new Map();
  for (let i = 0; i < stampIds.length; i += 1) {
    stamps.set(stampIds[i] as string, {
      rev: revs[2 * i] as number,
      clientRev: revs[2 * i + 1] as number,
    });
  }
  const snapshot = {
    layout: header.layout,
    textCodec: header.textCodec,
    engine: {
      ...header.engine,
      ids: stringsAt(table, sections.u32('ids')),
      terms: sectionJson(sections, 'terms'),
      shortIds: sections.u32('shortIds'),
      fieldLength: sections.u32('fieldLength'),
      lists: sections.u32('lists'),
      postingIds: sections.u32('postingIds'),
      postingFreqs: sections.u8('postingFreqs'),
    },
    docs: {
      meta: recordsFrom(table, sections.u32('meta'), META_FIELDS),
      text: sections.u8('text'),
      textEnds: sections.u32('textEnds'),
      shortKeys: sectionJson(sections, 'shortKeys'),
      shortCounts: sections.u32('shortCounts'),
      shortDocs: sections.u32('shortDocs'),
    },
  } as unknown as IndexSnapshot;
  return { snapshot, stamps };
}

/** Seals the index and its stamps as file bytes (synchronously: safe to call just before the key is dropped). */
export function sealStoredIndex(dataKey: Uint8Array, stored: StoredIndex): Uint8Array {
  return sealBytes(dataKey, ARCHIVE_INDEX_ADDRESS, packStored(stored));
}

/**
 * Reads and authenticates the stored index's bytes (decrypting them on the helper thread); null
 * when missing, unreadable or sealed with another key. Never throws. See `unpackStoredIndex`.
 */
export async function openStoredIndex(
  dir: string,
  dataKey: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    return await openBytesFile(dataKey, ARCHIVE_INDEX_ADDRESS, join(dir, ARCHIVE_INDEX_FILE));
  } catch {
    return null;
  }
}

/** The stored index from bytes `openStoredIndex` gave; null when they are damaged. Never throws. */
export function unpackStoredIndex(bytes: Uint8Array | null): StoredIndex | null {
  try {
    return bytes && unpackStored(bytes);
  } catch {
    return null;
  }
}

/** Reads and authenticates the stored index; null when missing, unreadable, damaged or sealed with another key. Never throws. */
export async function readStoredIndex(
  dir: string,
  dataKey: Uint8Array,
): Promise<StoredIndex | null> {
  return unpackStoredIndex(await openStoredIndex(dir, dataKey));
}

/** Writes sealed index bytes atomically (throws on failure; the caller decides it does not matter). */
export async function writeStoredIndex(
  dir: string,
  bytes: Uint8Array,
  writer: AtomicWriter = writeFileAtomic,
): Promise<void> {
  await writer(dir, ARCHIVE_INDEX_FILE, bytes);
}
