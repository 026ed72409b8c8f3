/**
 * The one archive index of this process and its life: built in the background from the
 * decrypted records each time the vault opens (the list is usable at once and reports
 * "Indexing N of M"), kept current on every save, dropped the moment the vault locks.
 * It lives in memory only and is never written to disk.
 */
import type { Client } from '../../../core/clients/client';
import { buildInChunks, createArchiveIndex, type ArchiveIndex, type BuildOutcome, type SearchDocument } from '../../../core/search';
import type { SessionRecord, SessionSummary } from '../../../core/sessions/session';
import type { OpenVault } from '../vault/open-vault';
import type { VaultSession } from '../vault/vault-session';
import { toSearchDocument } from './to-search-document';

/** How the background build runs (tests slow or pause it to watch progress). */
export interface ArchiveBuildOptions {
  /** Documents per chunk (default BUILD_CHUNK). */
  chunkSize?: number;
  /** Waits between chunks (default: one turn of the event loop). */
  pause?: () => Promise<void>;
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

/** Decrypts every session of the open vault, a batch at a time, as search documents. */
async function* documentsOf(open: OpenVault, stillOpen: () => boolean): AsyncGenerator<SearchDocument> {
  const ids = open.index.summaries<SessionSummary>('session').map((s) => s.id);
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    if (!stillOpen()) return;
    const batch = ids.slice(i, i + READ_BATCH);
    const read = await Promise.all(batch.map((id) => open.store.get<SessionRecord>('session', id).catch(() => null)));
    for (const envelope of read) {
      if (!stillOpen()) return;
      if (!envelope) continue;
      const client = open.index.summary<Client>('client', envelope.data.clientId);
      if (client) yield toSearchDocument({ ...envelope.data, rev: envelope.rev }, client);
    }
  }
}

/** The archive index with its lifecycle hooked to the vault session. */
export class ArchiveService {
  readonly index: ArchiveIndex;
  private open: OpenVault | null = null;
  private build: Promise<BuildOutcome | null> = Promise.resolve(null);
  /** Saved sessions not yet re-indexed, by id (the newest version of each). */
  private readonly pending = new Map<string, SessionRecord>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    vault: VaultSession,
    private readonly options: ArchiveBuildOptions = {},
    locale?: string,
  ) {
    this.index = createArchiveIndex(locale ? { locale } : {});
    vault.onOpened((open) => this.opened(open));
    vault.onLocked(() => this.locked());
  }

  /** Starts indexing a freshly opened vault in the background (not awaited: the list works meanwhile). */
  opened(open: OpenVault): void {
    this.dropPending();
    this.index.clear();
    this.open = open;
    const total = open.index.count('session');
    const stillOpen = () => this.open === open;
    this.build = buildInChunks(this.index, documentsOf(open, stillOpen), {
      total,
      pause: this.options.pause ?? nextTurn,
      chunkSize: this.options.chunkSize ?? BUILD_CHUNK,
    }).catch(() => null);
  }

  /** Drops every document at once (the vault is locking). */
  locked(): void {
    this.dropPending();
    this.open = null;
    this.index.clear();
  }

  /** Resolves when the current background build has ended (completed, cancelled or failed). */
  async whenBuilt(): Promise<BuildOutcome | null> {
    return this.build;
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
      if (client) this.index.upsert(toSearchDocument(session, client));
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
  }

  /** Removes one session (e.g. deleted or quarantined). */
  sessionRemoved(sessionId: string): void {
    this.pending.delete(sessionId);
    this.index.remove(sessionId);
  }

  private dropPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
