import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  applyContentChanges,
  newSessionContent,
  type ContentChange,
} from '../../../core/checklist';
import { builtIn } from '../template-fixtures';
import { FakeStore, queueFor, type Outcome } from './autosave-fakes';

const planned = builtIn('planned-ending');
const text = (itemId: string, value: string): ContentChange =>
  ({ op: 'answer', itemId, answer: { text: value } }) as ContentChange;
const inHandout = (itemId: string, value: boolean): ContentChange =>
  ({ op: 'answer', itemId, answer: { inHandout: value } }) as ContentChange;
const covered = (itemId: string, value: boolean): ContentChange =>
  ({ op: 'answer', itemId, answer: { covered: value } }) as ContentChange;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const ITEMS = ['opening-notes', 'feedback-notes', 'closing-note', 'goodbye-words'] as const;
const NAMES = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明', 'Ольга Петровна', ''];

type Step =
  | { kind: 'edit'; change: ContentChange }
  | { kind: 'flush' }
  | { kind: 'wait'; ms: number }
  | { kind: 'trouble'; outcome: Outcome; latency: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .oneof(
        fc
          .tuple(fc.constantFrom(...ITEMS), fc.constantFrom(...NAMES), fc.string({ maxLength: 4 }))
          .map(([i, n, s]) => text(i, n + s)),
        fc.tuple(fc.constantFrom(...ITEMS), fc.boolean()).map(([i, b]) => inHandout(i, b)),
        fc.boolean().map((b) => covered('goodbye-words', b)),
      )
      .map((change) => ({ kind: 'edit' as const, change })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 3_000 }).map((ms) => ({ kind: 'wait' as const, ms })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        outcome: fc.constantFrom<Outcome>('ok', 'fail', 'lost', 'conflict'),
        latency: fc.integer({ min: 0, max: 800 }),
      })
      .map((t) => ({ kind: 'trouble' as const, ...t })),
  },
);

describe('autosave: property', () => {
  it('for any interleaving of edits, failed or lost saves, conflicts and flushes, what is stored ends equal to the screen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 40 }), async (steps) => {
        const store = new FakeStore(planned);
        const { queue, last } = queueFor(store);
        let screen = newSessionContent(planned);
        for (const step of steps) {
          if (step.kind === 'edit') {
            screen = applyContentChanges(planned, screen, [step.change]);
            queue.enqueue(step.change);
          } else if (step.kind === 'flush') void queue.flush();
          else if (step.kind === 'wait') await vi.advanceTimersByTimeAsync(step.ms);
          else {
            store.outcomes.push(step.outcome);
            store.latencies.push(step.latency);
          }
        }
        // Settle: the scripted trouble runs out, after which every save succeeds.
        let rounds = 0;
        do await vi.advanceTimersByTimeAsync(20_000);
        while (++rounds < 50 && (queue.pendingCount() > 0 || vi.getTimerCount() > 0));
        expect(queue.pendingCount()).toBe(0);
        expect(vi.getTimerCount()).toBe(0);
        expect(store.stored.content).toEqual(screen);
        if (store.calls.length > 0) expect(last()).toEqual({ kind: 'saved' });
      }),
      { numRuns: 150 },
    );
  });
});
