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

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const TEN_MB_UNICODE = 'Zoë 王小明 '.repeat(1024 * 1024);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}
const DEEP_OBJECT = nested(1000, 'deep', false);
const DEEP_ARRAY = nested(1000, 1, true);

const INHERITED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', 'prototype'];

const methodName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 2, arbitrary: fc.constantFrom(...INHERITED) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(...METHODS).map((m) => m.toUpperCase()) },
  { weight: 1, arbitrary: fc.anything() },
);

const nasty = fc.constantFrom<unknown>(
  null,
  undefined,
  NaN,
  Infinity,
  -0,
  [],
  TEN_MB,
  TEN_MB_UNICODE,
  DEEP_OBJECT,
  DEEP_ARRAY,
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { toString: 'x', valueOf: 1 },
);

const field = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), nasty, fc.array(fc.string(), { maxLength: 3 }));
const keys = ['id', 'clientId', 'displayName', 'preferredName', 'recordCode', 'language', 'kind', 'notes', 'passphrase', 'recoveryKey', 'newPassphrase', 'current', 'next', 'reason', 'limit', 'targetPath', 'sourcePath', 'targetDir', 'expectedRev', 'content', '__proto__', 'constructor'];
const shaped = fc.dictionary(fc.constantFrom(...keys), field, { maxKeys: 5 });
const validId = fc.constantFrom('0123456789abcdef0123456789abcdef', 'ffffffffffffffffffffffffffffffff');
const nearlyValid = fc.record({
  id: fc.oneof(validId, field),
  clientId: fc.oneof(validId, field),
  displayName: fc.oneof(fc.constantFrom('Zoë Ørsted', 'Ελπίδα Παπαδοπούλου', '王小明', 'محمد الأحمد', 'דנה לוי'), field),
  limit: fc.oneof(fc.integer({ min: -5, max: 60 }), field),
  passphrase: field,
}, { requiredKeys: [] });

const payload = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }) },
  { weight: 2, arbitrary: nasty },
  { weight: 3, arbitrary: shaped },
  { weight: 3, arbitrary: nearlyValid },
  { weight: 1, arbitrary: fc.array(field, { maxLength: 4 }) },
);

function spyHandlers() {
  const calls: { method: Method; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHODS.map((m) => [
      m,
      async (input: unknown) => {
        calls.push({ method: m, input });
        if (JSON.stringify(input).length % 7 === 0) throw new Error('boom with a secret: Zoë Ørsted');
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
          expect(typeof method === 'string' && Object.prototype.hasOwnProperty.call(contract, method)).toBe(true);
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
  for (const name of INHERITED) expect(await dispatch(handlers, name, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(await dispatch({} as Handlers, 'clients.list', {})).toMatchObject({ ok: false });
  expect(await dispatch(handlers, 'clients.list', {})).toEqual({ ok: true, value: { echoed: true } });
  expect(calls).toHaveLength(1);
});
