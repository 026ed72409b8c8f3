/**
 * The archive index kept on disk, so an unlock loads it instead of rebuilding it: one file beside
 * the summary cache (`<dataDir>/local-cache/archive.rec`, per computer, never in backups or record
 * scans), sealed with the vault's record cipher under a reserved address, like the summary cache.
 * Each document is stamped with the revisions of its session and client records; at unlock the
 * documents whose records changed since are re-read, and a missing, damaged, foreign or older
 * file is simply rebuilt in the background — never quarantined, never an error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexSnapshot } from '../../../core/search';
import { fromBase64, jsonFromBase64, jsonToBase64, toBase64 } from './typed-base64';
import { writeFileAtomic } from '../store/atomic-write';
import type { RecordAddress, RecordCodec } from '../store/record-codec';
import { RECORD_FORMAT } from '../store/record-codec';
import type { AtomicWriter } from '../store/record-store';

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

type StampRow = [sessionId: string, rev: number, clientRev: number];

interface Payload {
  snapshot: unknown;
  stamps: StampRow[];
}

/**
 * The snapshot as JSON with only ASCII in it: typed arrays as base64, and the parts holding names
 * and terms as base64 of their UTF-8 JSON. The record codec seals JSON; a plaintext with any other
 * character is decoded into a two-byte string, which for 100,000 sessions took seconds.
 */
function encodeSnapshot(s: IndexSnapshot): unknown {
  const e = s.engine;
  return {
    ...s,
    engine: {
      ...e,
      ids: jsonToBase64(e.ids),
      terms: jsonToBase64(e.terms),
      shortIds: toBase64(e.shortIds),
      fieldLength: toBase64(e.fieldLength),
      lists: toBase64(e.lists),
      postingIds: toBase64(e.postingIds),
      postingFreqs: toBase64(e.postingFreqs),
    },
    docs: {
      meta: jsonToBase64(s.docs.meta),
      text: toBase64(s.docs.text),
      textEnds: toBase64(s.docs.textEnds),
      shortKeys: jsonToBase64(s.docs.shortKeys),
      shortCounts: toBase64(s.docs.shortCounts),
      shortDocs: toBase64(s.docs.shortDocs),
    },
  };
}

/** The snapshot with its typed arrays back (the index checks the rest when it restores it). */
function decodeSnapshot(value: unknown): IndexSnapshot {
  const s = value as Record<string, Record<string, unknown>>;
  const e = s.engine ?? {};
  const d = s.docs ?? {};
  return {
    ...s,
    engine: {
      ...e,
      ids: jsonFromBase64(e.ids),
      terms: jsonFromBase64(e.terms),
      shortIds: fromBase64(e.shortIds, Uint32Array),
      fieldLength: fromBase64(e.fieldLength, Uint32Array),
      lists: fromBase64(e.lists, Uint32Array),
      postingIds: fromBase64(e.postingIds, Uint32Array),
      postingFreqs: fromBase64(e.postingFreqs, Uint16Array),
    },
    docs: {
      meta: jsonFromBase64(d.meta),
      text: fromBase64(d.text, Uint8Array),
      textEnds: fromBase64(d.textEnds, Uint32Array),
      shortKeys: jsonFromBase64(d.shortKeys),
      shortCounts: fromBase64(d.shortCounts, Uint32Array),
      shortDocs: fromBase64(d.shortDocs, Uint32Array),
    },
  } as unknown as IndexSnapshot;
}

function isStampRow(row: unknown): row is StampRow {
  return (
    Array.isArray(row) &&
    row.length === 3 &&
    typeof row[0] === 'string' &&
    Number.isInteger(row[1]) &&
    Number.isInteger(row[2])
  );
}

/** Seals the index and its stamps as file bytes (synchronously: safe to call just before the key is dropped). */
export function sealStoredIndex(codec: RecordCodec, stored: StoredIndex): Uint8Array {
  const data: Payload = {
    snapshot: encodeSnapshot(stored.snapshot),
    stamps: [...stored.stamps].map(([id, s]) => [id, s.rev, s.clientRev]),
  };
  return codec.encode(ARCHIVE_INDEX_ADDRESS, {
    format: RECORD_FORMAT,
    ...ARCHIVE_INDEX_ADDRESS,
    rev: 1,
    data,
  });
}

/** Reads and authenticates the stored index; null when missing, unreadable, damaged or sealed with another key. Never throws. */
export async function readStoredIndex(
  dir: string,
  codec: RecordCodec,
): Promise<StoredIndex | null> {
  try {
    const bytes = await readFile(join(dir, ARCHIVE_INDEX_FILE));
    const payload = codec.decode(ARCHIVE_INDEX_ADDRESS, bytes).data as Partial<Payload>;
    if (
      typeof payload.snapshot !== 'object' ||
      payload.snapshot === null ||
      !Array.isArray(payload.stamps)
    )
      return null;
    const stamps: IndexStamps = new Map();
    for (const row of payload.stamps) {
      if (!isStampRow(row)) return null;
      stamps.set(row[0], { rev: row[1], clientRev: row[2] });
    }
    return { snapshot: decodeSnapshot(payload.snapshot), stamps };
  } catch {
    return null;
  }
}

/** Writes sealed index bytes atomically (throws on failure; the caller decides it does not matter). */
export async function writeStoredIndex(
  dir: string,
  bytes: Uint8Array,
  writer: AtomicWriter = writeFileAtomic,
): Promise<void> {
  await writer(dir, ARCHIVE_INDEX_FILE, bytes);
}
