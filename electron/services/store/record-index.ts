import { AppError } from '../../../core/result';
import type { ScannedFolder } from '../helper-thread';
import { type FileStamp, sameStamp } from './file-stamp';
import { KeyedQueue } from './keyed-queue';
import { loadKind } from './load-kind';
import type { RecordEnvelope } from './record-codec';
import type { RecordStore, StampedRecord, UnreadableRecord } from './record-store';
import type { SummaryCacheContent, SummaryCacheOptions } from './summary-cache';
import { encodeSummaryCache, RACY_MS, readSummaryCache, writeSummaryCache } from './summary-cache';

/** What re-reading a record changed on disk did (see RecordIndex.refresh). */
export type RefreshOutcome = 'updated' | 'unchanged' | 'removed' | 'incomplete';

/** Reduces a record's data to what lists need, kept in memory while the vault is open. */
export type Summarizer = (data: unknown) => unknown;

/** What the index keeps per record. */
export interface IndexEntry {
  rev: number;
  summary: unknown;
  /** The stamp of the file version this summary came from (null: unknown, never cached). */
  stamp: FileStamp | null;
  /**
   * When the stamp was taken from a file this app did not just write (ms); Infinity when it was
   * written by this app or already trusted. See RACY_MS.
   */
  checkedAt: number;
}

/** How many full records the index keeps decrypted in memory (the ones being worked on). */
const RECENT_LIMIT = 16;

/**
 * An in-memory index over a record store, rebuilt at every unlock and dropped at lock: current
 * revision and list summary per record, plus the few most recently used full records. Lists never
 * touch the disk; writes check revisions in memory and go straight to one atomic file write.
 *
 * With a summary cache, an unlock decrypts only the records whose files changed since the cache
 * was written (or all of them when it is missing or unreadable); the cache is rewritten a quiet
 * moment after changes and at lock (`flushCache`), and never holds more than this index does.
 */
export class RecordIndex {
  private readonly entries = new Map<string, Map<string, IndexEntry>>();
  private readonly queue = new KeyedQueue();
  private readonly recent = new Map<string, RecordEnvelope>();
  private closed = false;
  private dirty = false;
  private dirtySince = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: RecordStore,
    private readonly summarizers: Readonly<Record<string, Summarizer>>,
    private readonly cache?: SummaryCacheOptions,
  ) {}

  /**
   * Indexes every record of every kind (from the summary cache where a file is unchanged, else by
   * decrypting it); returns the records that could not be read, untouched. What was started
   * beforehand may be handed in: each kind's record ids and file stamps (see RecordStore.scan) and
   * the summary cache as read (with this index's cache options).
   */
  async load(
    started: {
      scans?: ReadonlyMap<string, Promise<ScannedFolder | null>>;
      summaries?: Promise<SummaryCacheContent | null>;
    } = {},
  ): Promise<UnreadableRecord[]> {
    this.closed = false;
    const { scans } = started;
    const cached: SummaryCacheContent | null = this.cache
      ? await (started.summaries ?? readSummaryCache(this.cache))
      : null;
    let changed = cached === null;
    const unreadable: UnreadableRecord[] = [];
    for (const [kind, summarize] of Object.entries(this.summarizers)) {
      const loaded = await loadKind(
        this.store,
        kind,
        summarize,
        cached?.get(kind),
        this.clock,
        scans?.get(kind),
      );
      unreadable.push(...loaded.unreadable);
      this.entries.set(kind, loaded.entries);
      changed ||= loaded.changed;
    }
    if (changed) this.markDirty();
    return unreadable;
  }

  /**
   * Writes the summary cache now if anything changed since it was last written (waiting for a
   * write already running). Never fails: a cache that cannot be written is rebuilt another time.
   */
  flushCache(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing.then(() => this.writeCache());
    return this.writing;
  }

  /** The current revision of a record (0 when it does not exist). */
  rev(kind: string, id: string): number {
    return this.kind(kind).get(id)?.rev ?? 0;
  }

  /** Every summary of a kind. */
  summaries<S>(kind: string): S[] {
    return [...this.kind(kind).values()].map((e) => e.summary as S);
  }

  /** One record's summary, or undefined. */
  summary<S>(kind: string, id: string): S | undefined {
    return this.kind(kind).get(id)?.summary as S | undefined;
  }

  /** How many records of a kind are indexed. */
  count(kind: string): number {
    return this.kind(kind).size;
  }

  /** Reads one record in full from its file; `not-found` if the index does not know it. */
  async get<T>(kind: string, id: string): Promise<RecordEnvelope<T>> {
    const entry = this.kind(kind).get(id);
    if (!entry) throw new AppError('not-found', 'That record does not exist.');
    const key = `${kind}/${id}`;
    const cached = this.recent.get(key);
    if (cached && cached.rev === entry.rev) return structuredClone(cached) as RecordEnvelope<T>;
    const envelope = await this.store.get<T>(kind, id);
    this.remember(key, envelope);
    return structuredClone(envelope);
  }

  /**
   * Writes a record as its next revision. `expectedRev` 0 means "must not exist yet"; any other
   * value must be the current revision, else `conflict`. The index changes only after the write.
   */
  save<T>(kind: string, id: string, data: T, expectedRev: number): Promise<RecordEnvelope<T>> {
    const key = `${kind}/${id}`;
    const task = async () => {
      const map = this.kind(kind);
      const current = map.get(id)?.rev ?? 0;
      if (current !== expectedRev) {
        throw current === 0 && expectedRev > 0
          ? new AppError('not-found', 'That record does not exist.')
          : new AppError('conflict', 'This record was changed elsewhere. Reload it and try again.');
      }
      const { envelope, stamp } = await this.store.writeStamped(kind, id, current + 1, data);
      map.set(id, {
        rev: envelope.rev,
        summary: this.summarize(kind, data),
        stamp,
        checkedAt: Infinity,
      });
      this.remember(key, structuredClone(envelope));
      this.markDirty();
      return envelope;
    };
    return this.queue.run(key, task);
  }

  /**
   * Re-reads one record whose file changed on disk without this app writing it (another computer,
   * through a sync engine). `updated`: the index now holds the file's revision; `unchanged`: the
   * file is the version already known (e.g. this app's own write); `removed`: the file is gone;
   * `incomplete`: the file cannot be read yet (still arriving) and the known version stays until
   * the next change. Serialised with saves of the same record.
   */
  refresh(kind: string, id: string): Promise<RefreshOutcome> {
    const key = `${kind}/${id}`;
    return this.queue.run(key, async () => {
      const map = this.kind(kind);
      const known = map.get(id);
      const stamp = await this.store.stamp(kind, id);
      if (stamp === null) {
        if (!known) return 'unchanged';
        map.delete(id);
        this.recent.delete(key);
        this.markDirty();
        return 'removed';
      }
      if (known?.stamp && sameStamp(known.stamp, stamp)) return 'unchanged';
      let read: StampedRecord<unknown>;
      try {
        read = await this.store.readStamped(kind, id);
      } catch (cause) {
        if (cause instanceof AppError && cause.code === 'not-found') return 'unchanged';
        if (cause instanceof AppError && cause.code === 'io') throw cause;
        return 'incomplete';
      }
      const { envelope } = read;
      map.set(id, {
        rev: envelope.rev,
        summary: this.summarize(kind, envelope.data),
        stamp: read.stamp,
        checkedAt: this.clock(),
      });
      this.remember(key, envelope);
      this.markDirty();
      return 'updated';
    });
  }

  /** Forgets everything (at lock); a pending cache write is dropped, never run with a wiped key. */
  clear(): void {
    this.closed = true;
    this.dirty = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.entries.clear();
    this.recent.clear();
  }

  private readonly clock = (): number => (this.cache?.now ?? Date.now)();

  /** Notes that the cache is behind and schedules a write after a quiet moment (bounded wait). */
  private markDirty(): void {
    if (!this.cache || this.closed) return;
    const now = this.clock();
    if (!this.dirty) this.dirtySince = now;
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    const quiet = this.cache.delayMs ?? 1_500;
    const longest = this.cache.maxDelayMs ?? 30_000;
    const wait = Math.max(0, Math.min(quiet, this.dirtySince + longest - now));
    this.timer = setTimeout(() => void this.flushCache(), wait);
    this.timer.unref?.();
  }

  /** Seals and writes the cache (only trusted stamps); swallows every failure. */
  private async writeCache(): Promise<void> {
    const cache = this.cache;
    if (!cache || this.closed || !this.dirty) return;
    this.dirty = false;
    try {
      const now = this.clock();
      const content: SummaryCacheContent = new Map();
      for (const [kind, map] of this.entries) {
        const rows = new Map<string, { rev: number; stamp: FileStamp; summary: unknown }>();
        for (const [id, e] of map) {
          if (e.stamp && e.stamp.mtimeMs < Math.min(e.checkedAt, now) - RACY_MS)
            rows.set(id, { rev: e.rev, stamp: e.stamp, summary: e.summary });
        }
        content.set(kind, rows);
      }
      // Sealed synchronously while the key is live: `clear` (at lock) cannot run in between.
      await writeSummaryCache(cache, encodeSummaryCache(cache.codec, content));
    } catch {
      // A cache that cannot be written costs only time at the next unlock; saves and locks go on.
      if (!this.closed) this.dirty = true;
    }
  }

  private remember(key: string, envelope: RecordEnvelope): void {
    this.recent.delete(key);
    this.recent.set(key, envelope);
    if (this.recent.size > RECENT_LIMIT)
      this.recent.delete(this.recent.keys().next().value as string);
  }

  private summarize(kind: string, data: unknown): unknown {
    const summarize = this.summarizers[kind];
    if (!summarize) throw new AppError('internal', 'Unknown record kind.');
    return summarize(data);
  }

  private kind(kind: string): Map<string, IndexEntry> {
    const map = this.entries.get(kind);
    if (!map) throw new AppError('locked', 'The vault is locked. Unlock it to continue.');
    return map;
  }
}
