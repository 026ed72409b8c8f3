/**
 * The one archive index of this process and its life. At unlock it is loaded from its encrypted
 * copy on disk (see stored-index.ts) and only the documents whose records changed since are
 * re-read; when there is no usable copy it is built in the background from the decrypted records
 * (the list is usable at once and reports "Indexing N of M"). It is kept current on every save,
 * written back a quiet moment after changes and at lock, and dropped the moment the vault locks.
 */
import type { Client } from '../../../core/clients/client';
import {
  buildInChunks,
  createArchiveIndex,
  sessionSearchDocument,
  type ArchiveIndex,
  type BuildOutcome,
  type SearchDocument,
} from '../../../core/search';
import type { SessionRecord, SessionSummary } from '../../../core/sessions/session';
import type { OpenVault } from '../vault/open-vault';
import { BROTLI_TEXT } from './brotli-text';
import type { VaultSession } from '../vault/vault-session';
import {
  openStoredIndex,
  readStoredIndex,
  sealStoredIndex,
  unpackStoredIndex,
  writeStoredIndex,
  type IndexStamps,
} from './stored-index';

/** How the background build runs (tests slow or pause it to watch progress). */
export interface ArchiveBuildOptions {
  /** Documents per chunk (default BUILD_CHUNK). */
  chunkSize?: number;
  /** Waits between chunks (default: one turn of the event loop). */
  pause?: () => Promise<void>;
  /** Quiet time after the last change before the stored index is rewritten (ms; default 5,000). */
  storeDelayMs?: number;
  /** Longest the stored index stays behind while changes keep coming (ms; default 120,000). */
  storeMaxDelayMs?: number;
}

/**
 * How long saved sessions wait before they are re-indexed (ms). Saves never pay for indexing:
 * they are queued (the newest version of each session wins, so a burst of autosaves is indexed
 * once) and applied after this quiet time, or at once before any archive read.
 */
export const REINDEX_DELAY_MS = 200;

/**
 * Documents indexed between two turns of the event loop while building. Small, so a save that
 * arrives while the archive indexes after an unlock waits for at most a few records' work.
 */
export const BUILD_CHUNK = 25;

/**
 * Records read from disk at once while building. As many as libuv's default thread pool (4), so a
 * save's file operations queue behind at most a few reads (measured with 10,000 sessions: saves
 * during the build 31 ms → 6 ms median; the build itself about 12% longer).
 */
const READ_BATCH = 4;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How the index of this unlock came to be: loaded from disk (with how many documents re-read), or rebuilt. */
export interface IndexOrigin {
  source: 'stored' | 'rebuilt' | 'none';
  /** Documents re-read from their records after loading (changed since the stored copy). */
  reread: number;
}

/** The archive index with its lifecycle hooked to the vault session. */
export class ArchiveService {
  readonly index: ArchiveIndex;
  private open: OpenVault | null = null;
  private build: Promise<BuildOutcome | null> = Promise.resolve(null);
  private loading: Promise<void> = Promise.resolve();
  private originOfIndex: IndexOrigin = { source: 'none', reread: 0 };
  /** Saved sessions not yet re-indexed, by id (the newest version of each). */
  private readonly pending = new Map<string, SessionRecord>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Revisions each indexed document was built from (what the stored copy is stamped with). */
  private stamps: IndexStamps = new Map();
  private dirty = false;
  private dirtySince = 0;
  private storeTimer: ReturnType<typeof setTimeout> | null = null;
  private storing: Promise<void> = Promise.resolve();
  /**
   * The stored index's bytes, being read and decrypted since the data key became known (before
   * the vault opened); unpacked only once the vault is open, so the opening is not held up.
   */
  private early: { cacheDir: string; dataKey: Buffer; read: Promise<Uint8Array | null> } | null =
    null;

  constructor(
    vault: VaultSession,
    private readonly options: ArchiveBuildOptions = {},
    locale?: string,
  ) {
    this.index = createArchiveIndex({ textCodec: BROTLI_TEXT, ...(locale ? { locale } : {}) });
    vault.onKeyed((paths, dataKey) => {
      this.early = {
        cacheDir: paths.localCache,
        dataKey,
        read: openStoredIndex(paths.localCache, dataKey),
      };
    });
    vault.onOpened((open) => this.opened(open));
    vault.onLocked(() => this.locked());
  }

  /** Loads the stored index (or starts a background build) for a freshly opened vault; not awaited. */
  opened(open: OpenVault): void {
    this.dropPending();
    this.index.clear();
    this.stamps = new Map();
    this.dirty = false;
    this.open = open;
    this.originOfIndex = { source: 'none', reread: 0 };
    let loaded: () => void = () => undefined;
    this.loading = new Promise<void>((resolve) => (loaded = resolve));
    this.build = this.start(open, loaded)
      .catch(() => null)
      .finally(() => loaded());
  }

  /** How the current index came to be (for tests and the benchmark). */
  origin(): IndexOrigin {
    return { ...this.originOfIndex };
  }

  /** Resolves once a stored index has been loaded (or found unusable): searches wait for this, never for a rebuild. */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  /**
   * Writes the index to disk at lock — sealed now, while the key is still there, and only when it
   * changed — then drops it. Returns the write, which the lock waits for.
   */
  locked(): Promise<void> {
    const open = this.open;
    this.flush();
    this.dropPending();
    this.open = null;
    if (this.storeTimer) clearTimeout(this.storeTimer);
    this.storeTimer = null;
    if (open && this.dirty && this.index.progress().state !== 'building') {
      try {
        const bytes = sealStoredIndex(open.dataKey, {
          snapshot: this.index.snapshot(),
          stamps: this.stamps,
        });
        this.storing = this.storing
          .then(() => writeStoredIndex(open.cacheDir, bytes, open.writer))
          .catch(() => undefined);
      } catch {
        // Costs only a rebuild at the next unlock.
      }
    }
    this.dirty = false;
    this.early = null;
    this.index.clear();
    this.stamps = new Map();
    return this.storing;
  }

  /** Resolves when the current background build (or stored-index load) has ended. */
  async whenBuilt(): Promise<BuildOutcome | null> {
    return this.build;
  }

  /** Resolves when the stored index has been written (after a lock or a quiet moment); for tests. */
  whenStored(): Promise<void> {
    return this.storing;
  }

  /**
   * Queues one session for re-indexing after it was created, saved, finalized or amended (cheap:
   * the work happens after a quiet moment, or before the next archive read — see `flush`).
   */
  sessionSaved(session: SessionRecord): void {
    if (!this.open) return;
    this.pending.set(session.id, session);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, REINDEX_DELAY_MS);
    this.timer.unref?.();
  }

  /** Re-indexes every queued session now; the archive methods call it before answering. */
  flush(): void {
    const open = this.open;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!open) return this.pending.clear();
    for (const session of this.pending.values()) {
      const client = open.index.summary<Client>('client', session.clientId);
      if (client) this.put(sessionSearchDocument(session, client), session.rev, client.rev);
    }
    this.pending.clear();
  }

  /** Applies a client's new names or record code to all of their documents. */
  clientSaved(client: Client): void {
    if (!this.open) return;
    this.flush();
    this.index.renameClient(client.id, {
      clientDisplayName: client.displayName,
      preferredName: client.preferredName,
      recordCode: client.recordCode,
    });
    for (const [sessionId, stamp] of this.stamps) {
      if (this.index.get(sessionId)?.clientId === client.id) stamp.clientRev = client.rev;
    }
    this.changed();
  }

  /** Removes one session (e.g. deleted or quarantined). */
  sessionRemoved(sessionId: string): void {
    this.pending.delete(sessionId);
    this.index.remove(sessionId);
    this.stamps.delete(sessionId);
    this.changed();
  }

  private put(doc: SearchDocument, rev: number, clientRev: number): void {
    this.index.upsert(doc);
    this.stamps.set(doc.sessionId, { rev, clientRev });
    this.changed();
  }

  /** Loads the stored copy and re-reads what changed since; rebuilds everything when there is no usable copy. */
  private async start(open: OpenVault, loaded: () => void): Promise<BuildOutcome | null> {
    const stillOpen = () => this.open === open;
    const early = this.early;
    this.early = null;
    const readEarly =
      early?.cacheDir === open.cacheDir && early.dataKey === open.dataKey ? early.read : null;
    // Read again when the early read found nothing (e.g. an older version's cache was moved in since).
    const stored =
      unpackStoredIndex(await readEarly) ??
      (stillOpen() ? await readStoredIndex(open.cacheDir, open.dataKey) : null);
    if (!stillOpen()) return null;
    const summaries = open.index.summaries<SessionSummary>('session');
    let stale: string[];
    if (stored && this.index.restore(stored.snapshot) && this.index.size === stored.stamps.size) {
      this.stamps = stored.stamps;
      stale = this.reconcile(open, summaries);
      this.originOfIndex = { source: 'stored', reread: stale.length };
    } else {
      this.index.clear();
      this.stamps = new Map();
      stale = summaries.map((s) => s.id);
      this.originOfIndex = { source: 'rebuilt', reread: stale.length };
    }
    // The stored copy (if any) answers searches now; changed documents follow in the background.
    loaded();
    if (stale.length === 0) return { completed: true, read: 0, added: 0 };
    const outcome = await buildInChunks(this.index, this.documentsOf(open, stale, stillOpen), {
      total: stale.length,
      pause: this.options.pause ?? nextTurn,
      chunkSize: this.options.chunkSize ?? BUILD_CHUNK,
    });
    if (outcome.completed && stillOpen()) this.changed();
    return outcome;
  }

  /** Drops stored documents whose records are gone; returns the ids whose records changed since they were stored. */
  private reconcile(open: OpenVault, summaries: readonly SessionSummary[]): string[] {
    const live = new Set<string>();
    const stale: string[] = [];
    for (const s of summaries) {
      live.add(s.id);
      const stamp = this.stamps.get(s.id);
      if (
        !stamp ||
        !this.index.has(s.id) ||
        stamp.rev !== open.index.rev('session', s.id) ||
        stamp.clientRev !== open.index.rev('client', s.clientId)
      )
        stale.push(s.id);
    }
    let removed = 0;
    for (const id of [...this.stamps.keys()]) {
      if (live.has(id)) continue;
      this.stamps.delete(id);
      this.index.remove(id);
      removed += 1;
    }
    if (removed > 0) this.changed();
    return stale;
  }

  /** Decrypts the given sessions, a batch at a time, as search documents (stamping each). */
  private async *documentsOf(
    open: OpenVault,
    ids: readonly string[],
    stillOpen: () => boolean,
  ): AsyncGenerator<SearchDocument> {
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      if (!stillOpen()) return;
      const batch = ids.slice(i, i + READ_BATCH);
      const read = await Promise.all(
        batch.map((id) => open.store.get<SessionRecord>('session', id).catch(() => null)),
      );
      for (const envelope of read) {
        if (!stillOpen()) return;
        if (!envelope) continue;
        const client = open.index.summary<Client>('client', envelope.data.clientId);
        if (!client) continue;
        this.stamps.set(envelope.id, { rev: envelope.rev, clientRev: client.rev });
        yield sessionSearchDocument({ ...envelope.data, rev: envelope.rev }, client);
      }
    }
  }

  /** Notes that the stored copy is behind; rewrites it after a quiet moment (bounded wait). */
  private changed(): void {
    const open = this.open;
    if (!open) return;
    const now = Date.now();
    if (!this.dirty) this.dirtySince = now;
    this.dirty = true;
    if (this.index.progress().state === 'building') return;
    if (this.storeTimer) clearTimeout(this.storeTimer);
    const quiet = this.options.storeDelayMs ?? 5_000;
    const longest = this.options.storeMaxDelayMs ?? 120_000;
    this.storeTimer = setTimeout(
      () => this.storeNow(open),
      Math.max(0, Math.min(quiet, this.dirtySince + longest - now)),
    );
    this.storeTimer.unref?.();
  }

  private storeNow(open: OpenVault): void {
    this.storeTimer = null;
    if (this.open !== open || !this.dirty) return;
    this.flush();
    if (this.index.progress().state === 'building') return;
    this.dirty = false;
    try {
      const bytes = sealStoredIndex(open.dataKey, {
        snapshot: this.index.snapshot(),
        stamps: this.stamps,
      });
      this.storing = this.storing
        .then(() => writeStoredIndex(open.cacheDir, bytes, open.writer))
        .catch(() => {
          if (this.open === open) this.dirty = true;
        });
    } catch {
      this.dirty = true;
    }
  }

  private dropPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
