import { AppError } from '../../../core/result';
import type { RecordEnvelope } from './record-codec';
import type { RecordStore, UnreadableRecord } from './record-store';

/** Reduces a record's data to what lists need, kept in memory while the vault is open. */
export type Summarizer = (data: unknown) => unknown;

interface Entry {
  rev: number;
  summary: unknown;
}

/** How many full records the index keeps decrypted in memory (the ones being worked on). */
const RECENT_LIMIT = 16;

/**
 * An in-memory index over a record store, rebuilt from the records at every unlock and dropped
 * at lock: current revision and list summary per record, plus the few most recently used full
 * records. Lists never touch the disk; writes check revisions in memory and go straight to one
 * atomic file write.
 */
export class RecordIndex {
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly recent = new Map<string, RecordEnvelope>();

  constructor(
    private readonly store: RecordStore,
    private readonly summarizers: Readonly<Record<string, Summarizer>>,
  ) {}

  /** Reads every record of every kind; returns the ones that could not be read, untouched. */
  async load(): Promise<UnreadableRecord[]> {
    const unreadable: UnreadableRecord[] = [];
    for (const [kind, summarize] of Object.entries(this.summarizers)) {
      const map = new Map<string, Entry>();
      const listed = await this.store.list(kind);
      for (const { id, rev, data } of listed.records) map.set(id, { rev, summary: summarize(data) });
      unreadable.push(...listed.unreadable);
      this.entries.set(kind, map);
    }
    return unreadable;
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
      const envelope = await this.store.write(kind, id, current + 1, data);
      map.set(id, { rev: envelope.rev, summary: this.summarize(kind, data) });
      this.remember(key, structuredClone(envelope));
      return envelope;
    };
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }

  /** Forgets everything (at lock). */
  clear(): void {
    this.entries.clear();
    this.recent.clear();
  }

  private remember(key: string, envelope: RecordEnvelope): void {
    this.recent.delete(key);
    this.recent.set(key, envelope);
    if (this.recent.size > RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value as string);
  }

  private summarize(kind: string, data: unknown): unknown {
    const summarize = this.summarizers[kind];
    if (!summarize) throw new AppError('internal', 'Unknown record kind.');
    return summarize(data);
  }

  private kind(kind: string): Map<string, Entry> {
    const map = this.entries.get(kind);
    if (!map) throw new AppError('locked', 'The vault is locked. Unlock it to continue.');
    return map;
  }
}
