/**
 * The summary cache: one file holding, per record kind and id, the revision, the file stamp and
 * the list summary the index keeps in memory, so an unlock decrypts only the records whose files
 * changed since. It is written with the vault's record codec (encrypted and authenticated like a
 * record, under a reserved address) and atomically; it is derived data, so a missing, damaged
 * or foreign cache is simply ignored and rebuilt — never quarantined, never an error.
 */
import { readFile } from 'node:fs/promises';
import { createStringInterner } from '../../../core/intern-strings';
import { join } from 'node:path';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import type { FileStamp } from './file-stamp';
import type { RecordAddress, RecordCodec } from './record-codec';
import { RECORD_FORMAT } from './record-codec';
import type { AtomicWriter } from './record-store';

/** Where the cache lives and how it is sealed. */
export interface SummaryCacheOptions {
  /** A folder of its own (stale temp files in it are removed at load). Never created here. */
  dir: string;
  /** The vault's record codec (encrypts and authenticates). */
  codec: RecordCodec;
  writer?: AtomicWriter;
  /** Quiet time after the last change before the cache is written (ms; default 1,500). */
  delayMs?: number;
  /** Longest a change waits to be written while changes keep coming (ms; default 30,000). */
  maxDelayMs?: number;
  /** Wall clock in ms (tests). */
  now?: () => number;
}

/** The cache file's name inside its folder. */
export const SUMMARY_CACHE_FILE = 'summaries.rec';

/** The reserved address the cache is sealed under; no record can be swapped in for it or back. */
export const SUMMARY_CACHE_ADDRESS: RecordAddress = { kind: 'index-cache', id: '0'.repeat(32) };

/** Bumped whenever the cache's layout changes; an older cache is ignored. */
const CACHE_LAYOUT = 1;

/**
 * A stamp is trusted only if the file's mtime is this much older than the moment the stamp was
 * taken (and than the cache snapshot): coarse file-system clocks (FAT 2 s, HFS+ 1 s, Linux ticks)
 * could otherwise give a later same-size rewrite the very same mtime ("racy" entries, as in git).
 * Racy entries are left out of the cache and simply re-read at the next unlock.
 */
export const RACY_MS = 3_000;

/** One cached record: revision, file stamp and list summary. */
export interface CachedSummary {
  rev: number;
  stamp: FileStamp;
  summary: unknown;
}

/** Cached summaries per kind, per id. */
export type SummaryCacheContent = Map<string, Map<string, CachedSummary>>;

type Row = [id: string, rev: number, size: number, mtimeMs: number, ino: number, summary: unknown];

interface Payload {
  layout: number;
  kinds: Record<string, Row[]>;
}

function isRow(row: unknown): row is Row {
  return (
    Array.isArray(row) &&
    row.length === 6 &&
    typeof row[0] === 'string' &&
    Number.isInteger(row[1]) &&
    typeof row[2] === 'number' &&
    typeof row[3] === 'number' &&
    typeof row[4] === 'number'
  );
}

/**
 * Reads and authenticates the cache; null when it is missing, unreadable, of another layout or
 * sealed with another key. Also removes temp files left by an interrupted cache write. Never throws.
 */
export async function readSummaryCache(
  options: SummaryCacheOptions,
): Promise<SummaryCacheContent | null> {
  try {
    const path = join(options.dir, SUMMARY_CACHE_FILE);
    const { codec } = options;
    // Asked for at once (a helper thread reads it meanwhile); temp files are never the cache file.
    const decoding = codec.decodeFile?.(SUMMARY_CACHE_ADDRESS, path);
    decoding?.catch(() => undefined);
    await removeStaleTempFiles(options.dir);
    const envelope = decoding
      ? await decoding
      : codec.decode(SUMMARY_CACHE_ADDRESS, await readFile(path));
    const payload = envelope.data as Partial<Payload>;
    if (
      payload.layout !== CACHE_LAYOUT ||
      typeof payload.kinds !== 'object' ||
      payload.kinds === null
    )
      return null;
    const content: SummaryCacheContent = new Map();
    // Ids, dates, statuses and names repeat across summaries: one copy each (tens of MB at 100,000 records).
    const intern = createStringInterner();
    for (const [kind, rows] of Object.entries(payload.kinds)) {
      if (!Array.isArray(rows)) return null;
      const map = new Map<string, CachedSummary>();
      for (const row of rows) {
        if (!isRow(row)) return null;
        const [id, rev, size, mtimeMs, ino, summary] = intern(row);
        map.set(id, { rev, stamp: { size, mtimeMs, ino }, summary });
      }
      content.set(kind, map);
    }
    return content;
  } catch {
    return null;
  }
}

/** Seals the cache content as file bytes (encrypted by the codec, like a record). */
export function encodeSummaryCache(codec: RecordCodec, content: SummaryCacheContent): Uint8Array {
  const kinds: Record<string, Row[]> = {};
  for (const [kind, map] of content) {
    kinds[kind] = [...map].map(([id, e]) => [
      id,
      e.rev,
      e.stamp.size,
      e.stamp.mtimeMs,
      e.stamp.ino,
      e.summary,
    ]);
  }
  const data: Payload = { layout: CACHE_LAYOUT, kinds };
  return codec.encode(SUMMARY_CACHE_ADDRESS, {
    format: RECORD_FORMAT,
    ...SUMMARY_CACHE_ADDRESS,
    rev: 1,
    data,
  });
}

/** Writes sealed cache bytes atomically (throws on failure; the caller decides it does not matter). */
export async function writeSummaryCache(
  options: SummaryCacheOptions,
  bytes: Uint8Array,
): Promise<void> {
  await (options.writer ?? writeFileAtomic)(options.dir, SUMMARY_CACHE_FILE, bytes);
}
