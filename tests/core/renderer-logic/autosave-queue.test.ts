import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyContentChanges, type ContentChange } from '../../../core/checklist';
import { keepBothOnConflict } from '../../../core/sync/keep-both-on-conflict';
import {
  AUTOSAVE_DEBOUNCE_MS,
  RETRY_DEBOUNCE_MS,
  RETRY_DELAYS_MS,
} from '../../../renderer/src/features/runner/autosave-queue';
import { flushAll, registerFlusher } from '../../../renderer/src/lib/flush';
import { builtIn } from '../template-fixtures';
import { FakeStore, queueFor } from './autosave-fakes';

const planned = builtIn('planned-ending');
const text = (itemId: string, value: string): ContentChange =>
  ({ op: 'answer', itemId, answer: { text: value } }) as ContentChange;
const covered = (itemId: string, value: boolean): ContentChange =>
  ({ op: 'answer', itemId, answer: { covered: value } }) as ContentChange;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave: debounce and coalescing', () => {
  it('waits for a pause in typing, then sends one save with the latest text', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    for (const value of ['Z', 'Zo', 'Zoë', 'Zoë Ørsted']) {
      queue.enqueue(text('opening-notes', value));
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    }
    expect(store.calls).toEqual([]);
    expect(last()).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(1);
    expect(store.calls).toEqual([
      { changes: [text('opening-notes', 'Zoë Ørsted')], rev: 1, amendment: null },
    ]);
    expect(store.stored.content.answers['opening-notes']).toEqual({ text: 'Zoë Ørsted' });
    expect(last()).toEqual({ kind: 'saved' });
    expect(queue.currentRev()).toBe(2);
  });

  it('merges changes to one item field by field, newer wins, and keeps items apart', async () => {
    const store = new FakeStore(planned);
    const { queue } = queueFor(store);
    queue.enqueue(text('goodbye-words', 'محمد الأحمد'));
    queue.enqueue(covered('goodbye-words', true));
    queue.enqueue(text('feedback-notes', 'דנה לוי'));
    queue.enqueue(text('goodbye-words', '王小明'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(store.calls).toHaveLength(1);
    expect(store.calls[0]!.changes).toEqual([
      { op: 'answer', itemId: 'goodbye-words', answer: { text: '王小明', covered: true } },
      text('feedback-notes', 'דנה לוי'),
    ]);
  });
});

describe('autosave: flush now (blur, section change, lock)', () => {
  it('flush sends at once and cancels the debounced save', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    queue.enqueue(text('opening-notes', 'Ольга Петровна'));
    await queue.flush();
    expect(store.calls).toHaveLength(1);
    expect(last()).toEqual({ kind: 'saved' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls).toHaveLength(1);
  });

  it('flush with nothing queued sends nothing', async () => {
    const store = new FakeStore(planned);
    const { queue, states } = queueFor(store);
    await queue.flush();
    expect(store.calls).toEqual([]);
    expect(states).toEqual([]);
  });

  it('locking (flushAll) saves what is queued in every registered editor and waits for it', async () => {
    const a = new FakeStore(planned);
    const b = new FakeStore(planned);
    const qa = queueFor(a).queue;
    const qb = queueFor(b).queue;
    const offA = registerFlusher(() => qa.flushForExit());
    const offB = registerFlusher(() => qb.flushForExit());
    const offBroken = registerFlusher(() => Promise.reject(new Error('an editor that fails')));
    qa.enqueue(text('opening-notes', 'Zoë'));
    qb.enqueue(text('closing-note', 'Ørsted'));
    a.latencies = [5_000];
    const done = flushAll();
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(a.stored.content.answers['opening-notes']).toEqual({ text: 'Zoë' });
    expect(b.stored.content.answers['closing-note']).toEqual({ text: 'Ørsted' });
    offA();
    offB();
    offBroken();
    qa.enqueue(text('opening-notes', 'after unregistering'));
    await flushAll();
    expect(a.calls).toHaveLength(1);
  });
});

describe('autosave: a failed save is kept and retried', () => {
  it('retries with growing waits (1, 2, 4, 8, 15, 15 s) and then saves', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    store.outcomes = ['fail', 'fail', 'fail', 'fail', 'fail', 'fail'];
    queue.enqueue(text('opening-notes', 'kept'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    const waits = [...RETRY_DELAYS_MS, RETRY_DELAYS_MS.at(-1)!];
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000]);
    for (const [i, wait] of waits.entries()) {
      expect(last()).toEqual({
        kind: 'retrying',
        message: 'The disk is full.',
        inSeconds: wait / 1000,
      });
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(store.calls).toHaveLength(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(store.calls).toHaveLength(i + 2);
    }
    expect(last()).toEqual({ kind: 'saved' });
    expect(store.stored.content.answers['opening-notes']).toEqual({ text: 'kept' });
    // After a success the waits start again from the shortest, and typing is debounced normally.
    store.outcomes = ['fail'];
    queue.enqueue(text('opening-notes', 'again'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(last()).toMatchObject({ kind: 'retrying', inSeconds: 1 });
  });

  it('typing while retrying keeps the retry notice and saves a second after the pause, with both changes', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    store.outcomes = ['fail'];
    queue.enqueue(text('opening-notes', 'first'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    queue.enqueue(text('closing-note', 'second'));
    expect(last()).toMatchObject({ kind: 'retrying' });
    await vi.advanceTimersByTimeAsync(RETRY_DEBOUNCE_MS - 1);
    expect(store.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.calls[1]!.changes).toEqual([
      text('opening-notes', 'first'),
      text('closing-note', 'second'),
    ]);
    expect(last()).toEqual({ kind: 'saved' });
  });

  it('a save whose reply is lost is resent on the stored revision without losing anything', async () => {
    const store = new FakeStore(planned);
    const { queue, last, storedValues } = queueFor(store);
    store.outcomes = ['lost'];
    queue.enqueue(text('opening-notes', 'Zoë Ørsted'));
    await queue.flush();
    expect(last()).toMatchObject({ kind: 'retrying', message: 'The app did not answer.' });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!); // conflict: reads rev 2, then waits again
    expect(store.reloads).toEqual([2]);
    expect(storedValues.at(-1)!.rev).toBe(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]!);
    expect(store.calls.map((c) => c.rev)).toEqual([1, 1, 2]);
    expect(last()).toEqual({ kind: 'saved' });
    expect(store.stored.content.answers['opening-notes']).toEqual({ text: 'Zoë Ørsted' });
  });

  it('a reload that throws does not stop later saves', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    store.outcomes = ['conflict'];
    store.reload = () => Promise.reject(new Error('gone'));
    queue.enqueue(text('opening-notes', 'x'));
    await queue.flush();
    expect(last()).toMatchObject({ kind: 'retrying', message: 'Changed elsewhere.' });
    store.reload = async () => ({ ok: true, value: store.stored });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! + RETRY_DELAYS_MS[1]!);
    expect(last()).toEqual({ kind: 'saved' });
    expect(store.stored.content.answers['opening-notes']).toEqual({ text: 'x' });
  });
});

describe('autosave: conflict', () => {
  it('reads the latest revision, shows it, and sends the same changes again on it', async () => {
    const store = new FakeStore(planned);
    const { queue, storedValues, last } = queueFor(store);
    store.outcomes = ['conflict'];
    queue.enqueue(text('opening-notes', 'mine'));
    await queue.flush();
    expect(store.reloads).toEqual([2]);
    expect(storedValues).toEqual([store.stored]);
    expect(queue.currentRev()).toBe(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(store.calls.at(-1)).toEqual({
      changes: [text('opening-notes', 'mine')],
      rev: 2,
      amendment: null,
    });
    expect(last()).toEqual({ kind: 'saved' });
  });
});

describe('autosave: an answer changed on both computers', () => {
  it('keeps both texts when the other computer changed the same answer; other answers go as they are', async () => {
    const store = new FakeStore(planned);
    const base = store.stored.content;
    let local = base;
    const { queue } = queueFor(store, (pending, latest) =>
      keepBothOnConflict({ pending, base, latest: latest.content, local }),
    );
    store.outcomes = ['conflict'];
    store.elsewhere = [text('opening-notes', 'Theirs: relief that the panic is rare now.')];
    const mine = [
      text('opening-notes', 'Mine: a little sad, mostly proud.'),
      text('what-helped', 'The choir on Thursdays'),
    ];
    local = applyContentChanges(planned, local, mine);
    for (const change of mine) queue.enqueue(change);
    await queue.flush();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(store.stored.content.answers['opening-notes']?.text).toBe(
      'Mine: a little sad, mostly proud.\n\nTheirs: relief that the panic is rare now.',
    );
    expect(store.stored.content.answers['what-helped']?.text).toBe('The choir on Thursdays');
  });

  it('sends this computer’s answer as it is when the other computer did not touch it', async () => {
    const store = new FakeStore(planned);
    const base = store.stored.content;
    const { queue } = queueFor(store, (pending, latest) =>
      keepBothOnConflict({
        pending,
        base,
        latest: latest.content,
        local: applyContentChanges(planned, base, pending),
      }),
    );
    store.outcomes = ['conflict'];
    store.elsewhere = [text('what-helped', 'Long walks by the river')];
    queue.enqueue(text('opening-notes', 'Only mine'));
    await queue.flush();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(store.stored.content.answers['opening-notes']?.text).toBe('Only mine');
    expect(store.stored.content.answers['what-helped']?.text).toBe('Long walks by the river');
  });
});

describe('autosave: no keystroke is lost across a save in flight', () => {
  it('text typed while a save is in flight is sent after it, on the new revision', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    store.holding = true;
    queue.enqueue(text('opening-notes', 'Zo'));
    const first = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    queue.enqueue(text('opening-notes', 'Zoë'));
    const second = queue.flush(); // e.g. a blur while the save is in flight: waits for it
    store.holding = false;
    store.release();
    await Promise.all([first, second]);
    expect(store.calls.map((c) => [c.rev, c.changes])).toEqual([
      [1, [text('opening-notes', 'Zo')]],
      [2, [text('opening-notes', 'Zoë')]],
    ]);
    expect(store.stored.content.answers['opening-notes']).toEqual({ text: 'Zoë' });
    expect(last()).toEqual({ kind: 'saved' });
  });

  it('when the save in flight fails, what was typed meanwhile stays on top of it', async () => {
    const store = new FakeStore(planned);
    const { queue } = queueFor(store);
    store.holding = true;
    store.outcomes = ['fail'];
    queue.enqueue(text('goodbye-words', 'old'));
    queue.enqueue(covered('goodbye-words', true));
    const first = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    queue.enqueue(text('goodbye-words', 'new'));
    store.holding = false;
    store.release();
    await first;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(store.calls[1]!.changes).toEqual([
      { op: 'answer', itemId: 'goodbye-words', answer: { text: 'new', covered: true } },
    ]);
    expect(store.stored.content.answers['goodbye-words']).toEqual({ text: 'new', covered: true });
  });
});

describe('autosave: amendment mode', () => {
  it('holds changes until saved with the reason, never autosaving them', async () => {
    const store = new FakeStore(planned);
    const { queue, last, reasons } = queueFor(store);
    queue.startAmendment('Corrected a date');
    expect(last()).toEqual({ kind: 'amending', pending: false });
    expect(await queue.saveAmendment()).toBe('Nothing has changed yet.');
    queue.enqueue(text('closing-note', 'Ольга'));
    expect(last()).toEqual({ kind: 'amending', pending: true });
    await queue.flush();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(store.calls).toEqual([]);
    store.outcomes = ['fail'];
    expect(await queue.saveAmendment()).toBe('The disk is full.');
    expect(last()).toEqual({ kind: 'amending', pending: true });
    expect(queue.amendReason()).toBe('Corrected a date');
    expect(await queue.saveAmendment()).toBeNull();
    expect(store.calls.map((c) => c.amendment)).toEqual(['Corrected a date', 'Corrected a date']);
    expect(store.stored.content.answers['closing-note']).toEqual({ text: 'Ольга' });
    expect(reasons).toEqual(['Corrected a date', null]);
    expect(last()).toEqual({ kind: 'saved' });
    expect(queue.amendReason()).toBeNull();
  });

  it('a conflict while amending is reported, not reloaded and resent behind the clinician', async () => {
    const store = new FakeStore(planned);
    const { queue } = queueFor(store);
    queue.startAmendment('reason');
    queue.enqueue(text('closing-note', 'x'));
    store.outcomes = ['conflict'];
    expect(await queue.saveAmendment()).toBe('Changed elsewhere.');
    expect(store.reloads).toEqual([]);
    expect(queue.pendingCount()).toBe(1);
  });

  it('discarding drops the queued changes; locking saves an amendment in progress with its reason', async () => {
    const store = new FakeStore(planned);
    const { queue, last } = queueFor(store);
    queue.startAmendment('first');
    queue.enqueue(text('closing-note', 'dropped'));
    queue.discardAmendment();
    expect(queue.pendingCount()).toBe(0);
    expect(last()).toEqual({ kind: 'saved' });
    queue.startAmendment('second');
    queue.enqueue(text('closing-note', 'kept'));
    await queue.flushForExit();
    expect(store.calls).toEqual([
      { changes: [text('closing-note', 'kept')], rev: 1, amendment: 'second' },
    ]);
  });
});
