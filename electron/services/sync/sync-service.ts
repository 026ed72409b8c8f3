/**
 * Changes from another computer, while the vault is unlocked: a watcher over the vault's records
 * refreshes the index, keeps the archive's search current, and tells the window which records
 * changed elsewhere (ids and kinds only, never content).
 */
import type { Client } from '../../../core/clients/client';
import type { SessionRecord } from '../../../core/sessions/session';
import type { ArchiveService } from '../archive/archive-service';
import type { OpenVault } from '../vault/open-vault';
import type { VaultSession } from '../vault/vault-session';
import { type RecordChange, VaultWatcher } from './vault-watcher';

/** What the window is told when records changed on another computer (or a version to merge arrived). */
export interface ChangedElsewhere {
  changes: (RecordChange | { kind: string; id: string; outcome: 'conflict' })[];
}

/** Starts a watcher at every unlock of a vault in a chosen folder and stops it at every lock. */
export class SyncService {
  private watcher: VaultWatcher | null = null;
  private starting: Promise<void> = Promise.resolve();
  private readonly conflictListeners = new Set<(kind: string, id: string) => void>();
  private readonly watchingListeners = new Set<() => void>();
  private lastChangeAt: string | null = null;

  constructor(
    private readonly vault: VaultSession,
    private readonly archive: ArchiveService,
    private readonly notify: (event: ChangedElsewhere) => void = () => undefined,
  ) {
    vault.onOpened((open) => {
      this.starting = this.start(open);
    });
    vault.onLocked(() => this.stop());
  }

  /** When a change from another computer last arrived while unlocked (ISO), or null. */
  lastChangeElsewhereAt(): string | null {
    return this.lastChangeAt;
  }

  /** Resolves once the watcher of the current unlock is running. */
  ready(): Promise<void> {
    return this.starting;
  }

  /** Registers a listener called each time a watcher starts after an unlock; returns its remover. */
  onWatching(listener: () => void): () => void {
    this.watchingListeners.add(listener);
    return () => this.watchingListeners.delete(listener);
  }

  /** Registers a listener for conflict copies seen while unlocked; returns its remover. */
  onConflictCopies(listener: (kind: string, id: string) => void): () => void {
    this.conflictListeners.add(listener);
    return () => this.conflictListeners.delete(listener);
  }

  private async start(open: OpenVault): Promise<void> {
    await this.stop();
    // Only a vault in a folder the clinician chose can change under this computer's feet (a sync
    // engine keeps it in step with another computer); the data folder's own vault is not watched,
    // which spares a walk over every record file at each unlock.
    if (!this.vault.options.paths.shared) return;
    const watcher = new VaultWatcher({
      recordsDir: this.vault.options.paths.records,
      refresh: (kind, id) => open.index.refresh(kind, id),
      onChanged: (changes) => this.changed(open, changes),
      onConflictCopies: (kind, id) => {
        for (const listener of this.conflictListeners) listener(kind, id);
        this.notify({ changes: [{ kind, id, outcome: 'conflict' }] });
      },
    });
    this.watcher = watcher;
    const started = await watcher.start().then(
      () => true,
      // A folder that cannot be watched (e.g. a network drive without events): changes from
      // another computer then appear at the next unlock.
      () => false,
    );
    if (started && this.watcher === watcher)
      for (const listener of this.watchingListeners) listener();
  }

  private async stop(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    await watcher?.close();
  }

  private changed(open: OpenVault, changes: RecordChange[]): void {
    for (const { kind, id, outcome } of changes) {
      if (kind === 'session') {
        if (outcome === 'removed') this.archive.sessionRemoved(id);
        else void this.reindexSession(open, id);
      }
      if (kind === 'client' && outcome === 'updated') {
        const client = open.index.summary<Client>('client', id);
        if (client) this.archive.clientSaved(client);
      }
    }
    this.lastChangeAt = new Date().toISOString();
    this.notify({ changes });
  }

  private async reindexSession(open: OpenVault, id: string): Promise<void> {
    try {
      const envelope = await open.index.get<SessionRecord>('session', id);
      this.archive.sessionSaved({ ...envelope.data, rev: envelope.rev });
    } catch {
      // Locked meanwhile, or gone again: the archive catches up at the next unlock.
    }
  }
}
