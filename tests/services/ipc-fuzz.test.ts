/**
 * IPC fuzzing against the real handlers while the vault is locked: 10,000 random calls over
 * every contract method (own, inherited and unknown names; prototype-pollution keys; 10 MB
 * strings; nesting 1,000 deep; wrong types). Every call resolves to a plain Result, nothing
 * throws, Object.prototype is untouched, and no file of the vault is written or even touched.
 */
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import type { Handlers } from '../../core/contract';
import { isResult } from '../../core/result';
import { dispatch } from '../../electron/services/dispatch';
import { methodName, payload } from './support/hostile-input';
import { GOOD_PASSPHRASE, harness, snapshot } from './vault/helpers';

const RUNS = 10_000;

/** A locked vault holding one client, ready to be fuzzed. */
async function lockedVault() {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('clients.create', { displayName: 'Zoë Ørsted', recordCode: 'RC-93817' });
  await h.call('vault.lock');
  return h;
}

/** Sends `runs` random calls through dispatch; fails on a non-Result, a throw, leaked text or pollution. */
async function fuzz(handlers: Handlers, runs: number, seed?: number): Promise<number> {
  let calls = 0;
  const quiet = console.error;
  console.error = () => undefined;
  try {
    await fc.assert(
      fc.asyncProperty(methodName, payload, async (method, input) => {
        calls += 1;
        const result = await dispatch(handlers, method, input);
        expect(isResult(result)).toBe(true);
        expect(() => structuredClone(result)).not.toThrow();
        if (!result.ok) expect(result.error.message).not.toMatch(/Zoë|RC-93817/);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    );
  } finally {
    console.error = quiet;
  }
  return calls;
}

test(`IPC fuzz: ${RUNS.toLocaleString('en')} calls while locked — always a Result, nothing written`, async () => {
  const h = await lockedVault();
  const vaultDir = `${h.dataDir}/vault`;
  const before = await snapshot(vaultDir);
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  expect(await fuzz(h.handlers, RUNS)).toBeGreaterThanOrEqual(RUNS);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  expect(await snapshot(vaultDir)).toEqual(before);
  expect((await h.call('vault.status')).state).toBe('locked');
});

test('the fuzz notices a handler that writes while locked (deliberately broken fixture)', async () => {
  const h = await lockedVault();
  const vaultDir = `${h.dataDir}/vault`;
  const before = await snapshot(vaultDir);
  // Every handler of this broken fixture writes into the vault when the fuzz reaches it; nothing
  // calls it directly, so the change below can only come from calls the fuzz made.
  let leaks = 0;
  const leaky = Object.fromEntries(
    Object.entries(h.handlers).map(([method, handler]) => [
      method,
      async (input: unknown) => {
        leaks += 1;
        await writeFile(`${vaultDir}/vault.json`, `written while locked by ${method}`);
        return (handler as (value: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as unknown as Handlers;
  expect(await snapshot(vaultDir)).toEqual(before);
  await fuzz(leaky, 200, 20261204);
  expect(leaks).toBeGreaterThan(0);
  expect(await snapshot(vaultDir)).not.toEqual(before);
});
