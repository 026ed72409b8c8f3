// The runner's autosave, free of React and of `window`: what is queued, when it is sent, what
// happens when a save fails or meets a newer revision. The hook (use-session-editor.ts) wraps it.
import type { ContentChange } from '../../../../core/checklist';
import type { Result } from '../../../../core/result';

/** How long typing may pause before it is saved (the brief asks for at most 500 ms). */
export const AUTOSAVE_DEBOUNCE_MS = 300;

/** How long to wait after typing while a failed save is being retried. */
export const RETRY_DEBOUNCE_MS = 1_000;

/** The waits between retries of a failed save; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 15_000];

/** Where saving stands, for the quiet indicator in the header. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string; inSeconds: number }
  | { kind: 'failed'; message: string }
  | { kind: 'amending'; pending: boolean };

/**
 * After a save met a newer revision: the waiting changes to send on top of `latest`, given the
 * value they started from (`base`, null when unknown), e.g. keeping both versions of an answer
 * changed on both computers.
 */
export type Reconcile<T> = (pending: ContentChange[], latest: T, base: T | null) => ContentChange[];

/** The timer functions the queue schedules with (injected so tests can drive time). */
export interface AutosaveTimers {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/** What the queue needs from the outside world. */
export interface AutosaveDeps<T extends { rev: number }> {
  /** The revision the first save is based on. */
  rev: number;
  /** Stores changes on top of a revision (with an amendment reason when amending). */
  send: (changes: ContentChange[], rev: number, amendment: string | null) => Promise<Result<T>>;
  /** Reads the latest stored value, after a save met a newer revision. */
  reload: () => Promise<Result<T>>;
  /** A newer stored value (after a save, or read after a conflict). */
  onStored: (value: T) => void;
  /** The value the first save is based on (what the waiting edits start from), when known. */
  initial?: T;
  /** See {@link AutosaveQueue.setReconcile}. */
  reconcile?: Reconcile<T>;
  /** The save indicator changed. */
  onState: (state: SaveState) => void;
  /** The amendment being made changed (its reason, or null). */
  onAmendReason: (reason: string | null) => void;
  /** Messages shown to the clinician. */
  messages: { noAnswer: string; nothingChanged: string };
  timers?: AutosaveTimers;
}

const globalTimers: AutosaveTimers = {
  set: (callback, ms) => globalThis.setTimeout(callback, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function keyOf(change: ContentChange): string {
  return change.op === 'answer' ? `answer:${change.itemId}` : change.op;
}

/** Merges a newer change into an older one for the same target (answer fields: newer wins per field). */
function merge(older: ContentChange | undefined, newer: ContentChange): ContentChange {
  if (older?.op === 'answer' && newer.op === 'answer')
    return { ...newer, answer: { ...older.answer, ...newer.answer } };
  return newer;
}

function mergeAll(into: Map<string, ContentChange>, changes: Iterable<ContentChange>): void {
  for (const c of changes) into.set(keyOf(c), merge(into.get(keyOf(c)), c));
}

/**
 * Queues a session's changes and saves them: debounced, coalesced per item, based on the last
 * stored revision, one save at a time. A failed save keeps its changes queued (under anything
 * typed since) and retries with growing waits; a save that meets a newer revision reads it and
 * sends again. While amending nothing is autosaved: the changes wait for `saveAmendment`.
 */
export class AutosaveQueue<T extends { rev: number }> {
  private rev: number;
  private pending = new Map<string, ContentChange>();
  private inflight: Promise<void> | null = null;
  private timer: unknown = null;
  private retryAttempt = 0;
  private amendment: string | null = null;
  private state: SaveState = { kind: 'saved' };
  private readonly timers: AutosaveTimers;
  private lastStored: T | null;
  private reconcile: Reconcile<T> | undefined;

  constructor(private readonly deps: AutosaveDeps<T>) {
    this.rev = deps.rev;
    this.lastStored = deps.initial ?? null;
    this.reconcile = deps.reconcile;
    this.timers = deps.timers ?? globalTimers;
  }

  /** Sets how waiting changes are adjusted after a save met a newer revision (see {@link Reconcile}). */
  setReconcile(reconcile: Reconcile<T> | undefined): void {
    this.reconcile = reconcile;
  }

  /** The revision the next save will be based on. */
  currentRev(): number {
    return this.rev;
  }

  /** The reason of the amendment being made, or null. */
  amendReason(): string | null {
    return this.amendment;
  }

  /** How many targets (items or fields) wait to be saved. */
  pendingCount(): number {
    return this.pending.size;
  }

  /** Queues a change already shown on screen and schedules its save. */
  enqueue(change: ContentChange): void {
    mergeAll(this.pending, [change]);
    if (this.amendment !== null) {
      this.setState({ kind: 'amending', pending: true });
      return;
    }
    if (this.state.kind !== 'retrying') this.setState({ kind: 'saving' });
    this.clearTimer();
    this.schedule(this.retryAttempt > 0 ? RETRY_DEBOUNCE_MS : AUTOSAVE_DEBOUNCE_MS);
  }

  /** Saves everything queued now (after the save in flight); on failure schedules a retry. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.amendment !== null) return; // amendments are saved with their reason, not autosaved
    while (this.inflight) await this.inflight;
    if (this.pending.size === 0) return;
    let problem: string | null = null;
    const run = this.sendOnce(null).then((p) => {
      problem = p;
    });
    this.inflight = run;
    await run;
    this.inflight = null;
    if (problem !== null) {
      const attempt = Math.min(this.retryAttempt, RETRY_DELAYS_MS.length - 1);
      this.retryAttempt += 1;
      const delay = RETRY_DELAYS_MS[attempt]!;
      this.setState({ kind: 'retrying', message: problem, inSeconds: Math.round(delay / 1000) });
      this.schedule(delay);
      return;
    }
    if (this.pending.size > 0) {
      await this.flush();
      return;
    }
    this.setState({ kind: 'saved' });
  }

  /** Starts an amendment: changes from now on wait to be saved together with its reason. */
  startAmendment(reason: string): void {
    this.amendment = reason;
    this.deps.onAmendReason(reason);
    this.setState({ kind: 'amending', pending: false });
  }

  /** Saves the queued changes as one amendment with its reason; returns a message when it cannot. */
  async saveAmendment(): Promise<string | null> {
    const reason = this.amendment;
    if (reason === null) return null;
    while (this.inflight) await this.inflight;
    if (this.pending.size === 0) return this.deps.messages.nothingChanged;
    const problem = await this.sendOnce(reason);
    if (problem !== null) {
      this.setState({ kind: 'amending', pending: true });
      return problem;
    }
    this.amendment = null;
    this.deps.onAmendReason(null);
    this.setState({ kind: 'saved' });
    return null;
  }

  /** Drops the amendment and its queued changes (the caller puts the stored content back on screen). */
  discardAmendment(): void {
    this.pending = new Map();
    this.amendment = null;
    this.deps.onAmendReason(null);
    this.setState({ kind: 'saved' });
  }

  /** Saves before locking or closing: an amendment in progress with its reason, else the queue. */
  async flushForExit(): Promise<void> {
    if (this.amendment !== null && this.pending.size > 0) await this.saveAmendment();
    else await this.flush();
  }

  /** Takes a revision stored elsewhere (e.g. by finalize) as the base of the next save. */
  setRev(rev: number): void {
    this.rev = rev;
  }

  /** Cancels a scheduled save or retry (the queue stays usable). */
  cancelTimer(): void {
    this.clearTimer();
  }

  private async sendOnce(amendment: string | null): Promise<string | null> {
    if (this.pending.size === 0) return null;
    const changes = [...this.pending.values()];
    this.pending = new Map();
    this.setState(amendment ? { kind: 'amending', pending: true } : { kind: 'saving' });
    const result = await this.deps
      .send(changes, this.rev, amendment)
      .catch(() => this.noAnswer<T>());
    if (result.ok) {
      this.rev = result.value.rev;
      this.lastStored = result.value;
      this.retryAttempt = 0;
      this.deps.onStored(result.value);
      return null;
    }
    // Keep what failed, with anything typed since on top of it.
    const newer = this.pending;
    this.pending = new Map();
    mergeAll(this.pending, changes);
    mergeAll(this.pending, newer.values());
    if (result.error.code === 'conflict' && !amendment) {
      // Changed elsewhere (or a stale revision): take the latest revision and send again.
      const latest = await this.deps.reload().catch(() => this.noAnswer<T>());
      if (latest.ok) {
        this.rev = latest.value.rev;
        if (this.reconcile) {
          const waiting = [...this.pending.values()];
          this.pending = new Map();
          mergeAll(this.pending, this.reconcile(waiting, latest.value, this.lastStored));
        }
        this.lastStored = latest.value;
        this.deps.onStored(latest.value);
      }
    }
    return result.error.message;
  }

  private noAnswer<V>(): Result<V> {
    return { ok: false, error: { code: 'internal', message: this.deps.messages.noAnswer } };
  }

  private schedule(ms: number): void {
    this.timer = this.timers.set(() => void this.flush(), ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.deps.onState(state);
  }
}
