// A fake session store for the autosave queue's tests: keeps a revision and content like the
// sessions service, and answers each save with a scripted outcome after a scripted latency.
import {
  applyContentChanges,
  newSessionContent,
  type ContentChange,
  type SessionContent,
} from '../../../core/checklist';
import type { Result } from '../../../core/result';
import type { Template } from '../../../core/template';
import {
  AutosaveQueue,
  type AutosaveTimers,
  type Reconcile,
  type SaveState,
} from '../../../renderer/src/features/runner/autosave-queue';

/** How one save is answered: stored; refused; stored but the reply lost; met a newer revision. */
export type Outcome = 'ok' | 'fail' | 'lost' | 'conflict';

/** What the fake stores: a revision and the session content. */
export interface Stored {
  rev: number;
  content: SessionContent;
}

/** One call of `send`, as the store saw it. */
export interface SendCall {
  changes: ContentChange[];
  rev: number;
  amendment: string | null;
}

/** Timers that go through the (faked) global clock. */
export const fakeableTimers: AutosaveTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A session store that answers saves the way the sessions service does, with scripted trouble. */
export class FakeStore {
  stored: Stored;
  readonly calls: SendCall[] = [];
  readonly reloads: number[] = [];
  /** Outcomes for the next saves, in order; once used up every save succeeds. */
  outcomes: Outcome[] = [];
  /** Latencies (ms) for the next saves, in order; once used up a save answers at once. */
  latencies: number[] = [];
  /** What the other computer writes when a save meets a conflict (none: only the revision moves). */
  elsewhere: ContentChange[] = [];
  /** When set, saves wait until `release()` is called. */
  holding = false;
  private held: (() => void)[] = [];

  constructor(readonly template: Template) {
    this.stored = { rev: 1, content: newSessionContent(template) };
  }

  /** Sends like `window.api.sessions.update`. */
  send = async (
    changes: ContentChange[],
    rev: number,
    amendment: string | null,
  ): Promise<Result<Stored>> => {
    this.calls.push({ changes, rev, amendment });
    const outcome = this.outcomes.shift() ?? 'ok';
    const latency = this.latencies.shift() ?? 0;
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    else if (latency > 0) await new Promise<void>((resolve) => setTimeout(resolve, latency));
    if (outcome === 'conflict')
      // Someone else wrote (the other computer's changes, if any, on the next revision).
      this.stored = {
        rev: this.stored.rev + 1,
        content: applyContentChanges(this.template, this.stored.content, this.elsewhere),
      };
    if (rev !== this.stored.rev)
      return { ok: false, error: { code: 'conflict', message: 'Changed elsewhere.' } };
    if (outcome === 'fail')
      return { ok: false, error: { code: 'io', message: 'The disk is full.' } };
    this.stored = {
      rev: this.stored.rev + 1,
      content: applyContentChanges(this.template, this.stored.content, changes),
    };
    if (outcome === 'lost') throw new Error('no reply');
    return { ok: true, value: this.stored };
  };

  /** Reads like `window.api.sessions.get`. */
  reload = async (): Promise<Result<Stored>> => {
    this.reloads.push(this.stored.rev);
    return { ok: true, value: this.stored };
  };

  /** Lets every held save go on. */
  release(): void {
    const held = this.held;
    this.held = [];
    for (const go of held) go();
  }
}

/** A queue wired to a fake store, recording every state and stored value it reports. */
export function queueFor(store: FakeStore, reconcile?: Reconcile<Stored>) {
  const states: SaveState[] = [];
  const storedValues: Stored[] = [];
  const reasons: (string | null)[] = [];
  const queue = new AutosaveQueue<Stored>({
    rev: store.stored.rev,
    send: store.send,
    reload: store.reload,
    onStored: (v) => storedValues.push(v),
    onState: (s) => states.push(s),
    onAmendReason: (r) => reasons.push(r),
    ...(reconcile ? { reconcile } : {}),
    messages: { noAnswer: 'The app did not answer.', nothingChanged: 'Nothing has changed yet.' },
    timers: fakeableTimers,
  });
  return { queue, states, storedValues, reasons, last: () => states.at(-1) };
}
