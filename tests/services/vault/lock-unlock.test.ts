import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { METHODS } from '../../../core/contract';
import { FIRST_DELAY_MS } from '../../../electron/services/vault/unlock-throttle';
import { GOOD_PASSPHRASE, harness, manualClock, snapshot, tempDataDir } from './helpers';

const DATA_METHODS = METHODS.filter(
  (m) => m.startsWith('clients.') || m.startsWith('sessions.') || m.startsWith('audit.'),
);
const sampleInput: Record<string, unknown> = {
  'clients.get': { id: 'a'.repeat(32) },
  'clients.create': { displayName: 'Zoë Ørsted' },
  'clients.setHandoutLanguage': { id: 'a'.repeat(32), language: 'es' },
  'sessions.create': { clientId: 'a'.repeat(32) },
  'sessions.get': { id: 'a'.repeat(32) },
  'sessions.update': {
    id: 'a'.repeat(32),
    expectedRev: 1,
    changes: [{ op: 'risk', riskConcern: true }],
  },
  'sessions.finalize': { id: 'a'.repeat(32), expectedRev: 1 },
  'sessions.verify': { id: 'a'.repeat(32) },
  'sessions.saveCheckIn': { id: 'a'.repeat(32) },
  'sessions.checkInsDue': { until: '2027-01-31' },
  'audit.list': { limit: 5 },
};

describe('lock state', () => {
  test('before a vault exists and after lock, every data method answers locked', async () => {
    const h = await harness();
    expect((await h.call('vault.status')).state).toBe('absent');
    for (const m of DATA_METHODS)
      expect(
        (await h.raw(m, sampleInput[m] ?? {})).ok === false &&
          (await h.raw(m, sampleInput[m] ?? {})),
      ).toMatchObject({ error: { code: 'locked' } });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('vault.status')).state).toBe('unlocked');
    await h.call('clients.create', { displayName: 'Ελπίδα Παπαδοπούλου' });
    expect(await h.call('vault.lock', { reason: 'idle' })).toMatchObject({ state: 'locked' });
    for (const m of DATA_METHODS)
      expect(await h.raw(m, sampleInput[m] ?? {})).toMatchObject({
        ok: false,
        error: { code: 'locked' },
      });
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    const list = await h.call('clients.list');
    expect(list.map((o) => o.client.displayName)).toEqual(['Ελπίδα Παπαδοπούλου']);
    const events = await h.call('audit.list', { limit: 10 });
    expect(events.find((e) => e.type === 'locked')).toMatchObject({ reason: 'idle' });
  });

  test('weak passphrases are refused with a reason; a second create is a conflict', async () => {
    const h = await harness();
    const weak = await h.raw('vault.create', { passphrase: 'password1' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!weak.ok && weak.error.fields?.passphrase).toBeTruthy();
    const strength = await h.call('vault.checkPassphrase', { passphrase: 'password1' });
    expect(strength.acceptable).toBe(false);
    expect(strength.warning.length).toBeGreaterThan(0);
    const good = await h.call('vault.checkPassphrase', { passphrase: GOOD_PASSPHRASE });
    expect(good).toMatchObject({ acceptable: true });
    expect(good.score).toBeGreaterThanOrEqual(3);
    expect((await h.call('vault.status')).state).toBe('absent');
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    expect(await h.raw('vault.create', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  test('5 wrong passphrases: no file content or mtime changes, then a growing delay; failures are audited at unlock', async () => {
    const clock = manualClock();
    // As in the app, the per-computer delay file lives outside the data folder.
    const h = await harness({
      now: clock.now,
      unlockDelayFile: join(await tempDataDir(), 'unlock-delay.json'),
    });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    await h.call('clients.create', { displayName: '王小明' });
    await h.call('vault.lock');
    const before = await snapshot(h.dataDir);
    for (let i = 1; i <= 5; i += 1) {
      const r = await h.raw('vault.unlock', { passphrase: `wrong guess number ${i}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      clock.advance(1000);
    }
    expect(await snapshot(h.dataDir)).toEqual(before);
    const status = await h.call('vault.status');
    expect(status.failedAttempts).toBe(5);
    expect(status.retryAfterMs).toBeGreaterThan(FIRST_DELAY_MS - 10_000);
    // During the delay even the right passphrase is refused, without being checked.
    const early = await h.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(early).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(!early.ok && early.error.message).toMatch(/seconds/);
    clock.advance(FIRST_DELAY_MS);
    expect((await h.raw('vault.unlock', { passphrase: 'sixth wrong guess' })).ok).toBe(false);
    expect((await h.call('vault.status')).retryAfterMs).toBeGreaterThan(FIRST_DELAY_MS);
    expect(await snapshot(h.dataDir)).toEqual(before);
    clock.advance(2 * FIRST_DELAY_MS);
    expect((await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).state).toBe('unlocked');
    const events = await h.call('audit.list', { limit: 3 });
    expect(events.map((e) => e.type)).toEqual(['unlocked', 'unlock-failed', 'locked']);
    expect(events[1]?.count).toBe(6);
    expect((await h.call('vault.status')).failedAttempts).toBe(0);
  });

  test('recovery key + new passphrase opens the vault; the old passphrase no longer does', async () => {
    const h = await harness();
    const { recoveryKey } = await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    expect(recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){6}$/);
    const client = await h.call('clients.create', { displayName: 'محمد الأحمد' });
    await h.call('vault.lock');
    const next = 'harbour tulip granite meadow 7';
    const wrong = await h.raw('vault.recover', {
      recoveryKey: recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      newPassphrase: next,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await h.call('vault.recover', {
      recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' '),
      newPassphrase: next,
    });
    expect((await h.call('clients.get', { id: client.id })).displayName).toBe('محمد الأحمد');
    await h.call('vault.lock');
    expect(await h.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
      ok: false,
    });
    await h.call('vault.unlock', { passphrase: next });
  });

  test('change passphrase re-wraps only: records are untouched, old passphrase fails, new works', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    await h.call('clients.create', { displayName: 'דנה לוי' });
    const recordsBefore = [...(await snapshot(`${h.dataDir}/vault/records`)).entries()];
    const next = 'quiet river saffron lamp 19';
    expect(await h.raw('vault.changePassphrase', { current: 'not it at all', next })).toMatchObject(
      { ok: false, error: { code: 'invalid-input' } },
    );
    expect(
      await h.raw('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: 'abc' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await h.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next });
    expect([...(await snapshot(`${h.dataDir}/vault/records`)).entries()]).toEqual(recordsBefore);
    await h.call('vault.lock');
    expect((await h.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).ok).toBe(false);
    await h.call('vault.unlock', { passphrase: next });
    expect((await h.call('clients.list'))[0]?.client.displayName).toBe('דנה לוי');
  });

  test('lock waits for a running save and drops the key; an unlock racing a lock does not stay open', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
    const session = await h.call('sessions.create', { clientId: client.id });
    const save = h.raw('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [{ op: 'answer', itemId: 'what-helped', answer: { text: 'x' } }],
    });
    const lock = h.raw('vault.lock', {});
    expect((await save).ok).toBe(true);
    await lock;
    const unlock = h.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    await h.raw('vault.lock', {});
    expect(await unlock).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await h.call('vault.status')).state).toBe('locked');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('sessions.get', { id: session.id })).rev).toBe(2);
  });
});
