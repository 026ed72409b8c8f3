import { AppError } from '../../../core/result';
import type { ScannedFolder } from '../helper-thread';
import { type FileStamp, sameStamp } from './file-stamp';
import { mapPool } from './map-pool';
import type { IndexEntry, Summarizer } from './record-index';
import type { RecordStore, UnreadableRecord } from './record-store';
import type { CachedSummary } from './summary-cache';

/** How many record files are read at once while loading. */
const CONCURRENCY = 16;

/** One kind's entries as loaded, the records that could not be read, and whether the cache was behind. */
export interface LoadedKind {
  entries: Map<string, IndexEntry>;
  unreadable: UnreadableRecord[];
  /** True when anything was decrypted or dropped, i.e. the cache should be written again. */
  changed: boolean;
}

/** A kind's record ids, and the stamps of the files of those the cache knows (undefined for the rest). */
async function listing(
  store: RecordStore,
  kind: string,
  cached: ReadonlyMap<string, CachedSummary> | undefined,
  scanned: Promise<ScannedFolder | null> | undefined,
): Promise<{ ids: string[]; stamps: (FileStamp | null | undefined)[] }> {
  const folder = await scanned;
  if (folder) {
    const { ids, stamps: s } = folder;
    const stamps = ids.map((_, i): FileStamp | null =>
      Number.isNaN(s[3 * i])
        ? null
        : { size: s[3 * i]!, mtimeMs: s[3 * i + 1]!, ino: s[3 * i + 2]! },
    );
    return { ids, stamps };
  }
  const ids = await store.ids(kind);
  const stamps: (FileStamp | null | undefined)[] = new Array(ids.length);
  if (!cached || cached.size === 0) return { ids, stamps };
  const places = ids.flatMap((id, i) => (cached.has(id) ? [i] : []));
  const found = await store.stamps(
    kind,
    places.map((i) => ids[i] as string),
  );
  places.forEach((i, k) => (stamps[i] = found[k]));
  return { ids, stamps };
}

/**
 * Indexes every record of one kind: a record whose file stamp equals the cached one keeps its
 * cached summary; every other record (new, changed by this app or another program, or all of them
 * without a cache) is read, authenticated and summarised. One cache hit per kind is also read in
 * full and must summarise to exactly the cached summary, else the whole kind is read again (so a
 * changed summarizer or a cache that lies can never leave stale summaries). Unreadable records are
 * returned apart, as without a cache.
 */
export async function loadKind(
  store: RecordStore,
  kind: string,
  summarize: Summarizer,
  cached: ReadonlyMap<string, CachedSummary> | undefined,
  now: () => number,
  /** The kind's ids and file stamps, listed beforehand (see RecordStore.scan); null: list them here. */
  scanned?: Promise<ScannedFolder | null>,
): Promise<LoadedKind> {
  const entries = new Map<string, IndexEntry>();
  const unreadable: UnreadableRecord[] = [];
  const { ids, stamps } = await listing(store, kind, cached, scanned);
  const hits: string[] = [];
  const misses: string[] = [];
  ids.forEach((id, i) => {
    const entry = cached?.get(id);
    if (!entry) return void misses.push(id);
    const stamp = stamps[i];
    if (!stamp) return;
    if (!sameStamp(stamp, entry.stamp)) return void misses.push(id);
    entries.set(id, { rev: entry.rev, summary: entry.summary, stamp, checkedAt: Infinity });
    hits.push(id);
  });
  if (
    hits.length > 0 &&
    !(await sampleAgrees(store, kind, summarize, hits[0] as string, entries))
  ) {
    for (const id of hits) entries.delete(id);
    misses.push(...hits);
    hits.length = 0;
  }
  await mapPool(misses, CONCURRENCY, async (id) => {
    try {
      const checkedAt = now();
      const { envelope, stamp } = await store.readStamped(kind, id);
      entries.set(id, { rev: envelope.rev, summary: summarize(envelope.data), stamp, checkedAt });
    } catch (cause) {
      if (cause instanceof AppError && cause.code === 'not-found') return;
      if (cause instanceof AppError && cause.code === 'io') throw cause;
      unreadable.push({ kind, id, file: store.fileOf(kind, id) });
    }
  });
  const changed = misses.length > 0 || hits.length !== (cached?.size ?? 0);
  return { entries, unreadable, changed };
}

/** Reads one cache hit in full and tells whether it has the cached revision and summary. */
async function sampleAgrees(
  store: RecordStore,
  kind: string,
  summarize: Summarizer,
  id: string,
  entries: Map<string, IndexEntry>,
): Promise<boolean> {
  const entry = entries.get(id) as IndexEntry;
  try {
    const { envelope, stamp } = await store.readStamped(kind, id);
    if (!stamp || !entry.stamp || !sameStamp(stamp, entry.stamp) || envelope.rev !== entry.rev)
      return false;
    return JSON.stringify(summarize(envelope.data)) === JSON.stringify(entry.summary);
  } catch {
    return false;
  }
}
