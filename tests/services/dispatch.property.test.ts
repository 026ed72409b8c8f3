/**
 * Property test of the one entry point: whatever method name and payload arrive, dispatch
 * resolves to a plain Result, never throws, never calls a handler with input its schema
 * rejects, and never changes Object.prototype.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Handlers, Method } from '../../core/contract';
import { contract, METHODS } from '../../core/contract';
import { isResult } from '../../core/result';
import { dispatch } from '../../electron/services/dispatch';
import { INHERITED, methodName, payload } from './support/hostile-input';

function spyHandlers() {
  const calls: { method: Method; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHODS.map((m) => [
      m,
      async (input: unknown) => {
        calls.push({ method: m, input });
        if (JSON.stringify(input).length % 7 === 0)
          throw new Error('boom with a secret: Zoë Ørsted');
        return { echoed: true };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

test('dispatch: always a Result, never a throw, never a handler with invalid input, prototype untouched', async () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const { handlers, calls } = spyHandlers();
  let handled = 0;
  const quiet = console.error;
  console.error = () => undefined;
  try {
    await fc.assert(
      fc.asyncProperty(methodName, payload, async (method, input) => {
        calls.length = 0;
        let result: unknown;
        try {
          result = await dispatch(handlers, method, input);
        } catch (error) {
          throw new Error(`dispatch threw: ${String(error)}`);
        }
        expect(isResult(result)).toBe(true);
        expect(() => structuredClone(result)).not.toThrow();
        const r = result as { ok: boolean; error?: { message: string } };
        if (!r.ok) expect(r.error?.message).not.toMatch(/Zoë/);
        for (const call of calls) {
          expect(
            typeof method === 'string' && Object.prototype.hasOwnProperty.call(contract, method),
          ).toBe(true);
          expect(contract[call.method].input.safeParse(call.input).success).toBe(true);
          handled += 1;
        }
        expect(calls.length).toBeLessThanOrEqual(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
  } finally {
    console.error = quiet;
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  expect(handled).toBeGreaterThan(0);
});

test('dispatch refuses inherited names and foreign handler objects explicitly', async () => {
  const { handlers, calls } = spyHandlers();
  for (const name of INHERITED)
    expect(await dispatch(handlers, name, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  expect(await dispatch({} as Handlers, 'clients.list', {})).toMatchObject({ ok: false });
  expect(await dispatch(handlers, 'clients.list', {})).toEqual({
    ok: true,
    value: { echoed: true },
  });
  expect(calls).toHaveLength(1);
});
