import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../electron/services/store/keyed-queue';

/** A promise with its resolve and reject, to control when a task ends. */
function gate<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('KeyedQueue', () => {
  it('runs one key’s tasks in order, never two at once; a failure does not stop the next', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const first = gate();
    const a = queue.run('person/1', async () => {
      log.push('a start');
      await first.promise;
      log.push('a end');
      throw new Error('a failed');
    });
    const b = queue.run('person/1', async () => {
      log.push('b');
      return 2;
    });
    const other = queue.run('person/2', async () => {
      log.push('other');
      return 3;
    });
    await expect(other).resolves.toBe(3);
    expect(log).toEqual(['a start', 'other']);
    first.resolve();
    await expect(a).rejects.toThrow('a failed');
    await expect(b).resolves.toBe(2);
    expect(log).toEqual(['a start', 'other', 'a end', 'b']);
    await Promise.resolve();
    expect(queue.size).toBe(0);
  });

  it('for any interleaving of keys, each key’s tasks run in the order they were queued, one at a time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.boolean()), { maxLength: 30 }),
        async (plan) => {
          const queue = new KeyedQueue();
          const running = new Map<string, number>();
          const order = new Map<string, number[]>();
          const done = plan.map(([key, fails], index) =>
            queue
              .run(key, async () => {
                running.set(key, (running.get(key) ?? 0) + 1);
                expect(running.get(key)).toBe(1);
                await Promise.resolve();
                order.set(key, [...(order.get(key) ?? []), index]);
                running.set(key, (running.get(key) ?? 1) - 1);
                if (fails) throw new Error('fails');
              })
              .catch(() => undefined),
          );
          await Promise.all(done);
          for (const [key, indexes] of order) {
            expect(indexes).toEqual(plan.flatMap(([k], i) => (k === key ? [i] : [])));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
