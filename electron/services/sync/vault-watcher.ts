/**
 * Watches the vault's record folders while it is unlocked, so records another computer wrote
 * (arriving through a sync engine) reach the index by themselves. Changes are gathered for a
 * moment and handed over together; a file that cannot be read yet is left for its next change;
 * an engine's conflict copy is reported as such, never read as a record.
 */
import { basename, dirname, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isRecordStem, parseConflictCopy } from '../../../core/sync/conflict-copy-name';
import type { RefreshOutcome } from '../store/record-index';

/** One record that changed on disk, and what re-reading it did. */
export interface RecordChange {
  kind: string;
  id: string;
  outcome: Exclude<RefreshOutcome, 'unchanged' | 'incomplete'>;
}

/** What the watcher needs from the rest of the services. */
export interface VaultWatcherOptions {
  /** The vault's `records` folder (one folder per kind). */
  recordsDir: string;
  /** Re-reads one record (RecordIndex.refresh). */
  refresh(kind: string, id: string): Promise<RefreshOutcome>;
  /** Records that changed, a batch at a time (never called with an empty list). */
  onChanged(changes: RecordChange[]): void;
  /** A sync engine's conflict copy appeared or went away for this record. */
  onConflictCopies(kind: string, id: string): void;
  /** How long changes are gathered before they are handed over (ms). */
  settleMs?: number;
}

const RECORD_FILE = /^[0-9a-f]{32}\.rec$/;

/** Splits a path under the records folder into its kind and file name. */
function addressOf(recordsDir: string, path: string): { kind: string; name: string } | null {
  const rel = relative(recordsDir, path);
  const parts = rel.split(sep);
  if (parts.length !== 2) return null;
  return { kind: dirname(rel), name: basename(rel) };
}

/** A running watcher over one vault's records; `close` stops it. */
export class VaultWatcher {
  private watcher: FSWatcher | null = null;
  private readonly waiting = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: VaultWatcherOptions) {}

  /** Starts watching; resolves once the watcher has looked at every folder. */
  async start(): Promise<void> {
    const { recordsDir } = this.options;
    const watcher = watch(recordsDir, {
      ignoreInitial: true,
      depth: 1,
      // Temp files of atomic writes and of sync engines come and go; only their results matter.
      ignored: (path) => /\.tmp$|\.syncthing\.|~syncthing~|\.partial$/.test(basename(path)),
    });
    this.watcher = watcher;
    const onFile = (path: string) => this.seen(path);
    watcher.on('add', onFile).on('change', onFile).on('unlink', onFile);
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  /** Stops watching and drops changes not yet handed over. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.watcher?.close();
    this.watcher = null;
    await this.running;
  }

  private seen(path: string): void {
    const address = addressOf(this.options.recordsDir, path);
    if (!address || this.closed) return;
    if (RECORD_FILE.test(address.name)) {
      this.waiting.add(`${address.kind}/${address.name.slice(0, -4)}`);
      this.schedule();
      return;
    }
    const copy = parseConflictCopy(address.name, '.rec', isRecordStem);
    if (copy) this.options.onConflictCopies(address.kind, copy.original.slice(0, -4));
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.handOver());
    }, this.options.settleMs ?? 150);
    this.timer.unref?.();
  }

  private async handOver(): Promise<void> {
    const keys = [...this.waiting];
    this.waiting.clear();
    const changes: RecordChange[] = [];
    for (const key of keys) {
      if (this.closed) return;
      const [kind, id] = key.split('/') as [string, string];
      try {
        const outcome = await this.options.refresh(kind, id);
        // An incomplete file (still arriving) is read again at its next change.
        if (outcome === 'updated' || outcome === 'removed') changes.push({ kind, id, outcome });
      } catch {
        // The vault locked meanwhile, or the disk refused a read: the next change tries again.
      }
    }
    if (changes.length > 0 && !this.closed) this.options.onChanged(changes);
  }
}
