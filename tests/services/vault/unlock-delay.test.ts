import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { throttleFile } from '../../../electron/services/vault/throttle-file';
import {
  delayAfter,
  FIRST_DELAY_MS,
  UnlockThrottle,
} from '../../../electron/services/vault/unlock-throttle';
import { GOOD_PASSPHRASE, harness, listFiles, manualClock, tempDataDir } from './helpers';

test('the delay after failed passphrases survives an app restart, kept outside the vault folder', async () => {
  const clock = manualClock();
  const dataDir = await tempDataDir();
  const first = await harness({ dataDir, now: clock.now });
  await first.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await first.call('vault.lock');
  const vaultFiles = await listFiles(join(dataDir, 'vault'));
  for (let i = 1; i <= 5; i += 1)
    await first.raw('vault.unlock', { passphrase: `wrong guess number ${i}` });
  expect(await listFiles(join(dataDir, 'vault'))).toEqual(vaultFiles);
  const saved = JSON.parse(await readFile(join(dataDir, 'unlock-delay.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(saved).toEqual({
    version: 1,
    failures: 5,
    lastFailureAt: clock.now().getTime(),
    firstFailureAt: clock.now().getTime(),
  });

  // A new app run over the same data folder: the delay is still there, and the right passphrase waits too.
  clock.advance(5000);
  const again = await harness({ dataDir, now: clock.now });
  expect(await again.call('vault.status')).toMatchObject({
    state: 'locked',
    failedAttempts: 5,
    retryAfterMs: FIRST_DELAY_MS - 5000,
  });
  expect(await again.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
    ok: false,
    error: { code: 'locked' },
  });
  clock.advance(FIRST_DELAY_MS);
  await again.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect((await again.call('audit.list', { limit: 2 })).map((e) => [e.type, e.count])).toEqual([
    ['unlocked', undefined],
    ['unlock-failed', 5],
  ]);
  expect(JSON.parse(await readFile(join(dataDir, 'unlock-delay.json'), 'utf8'))).toMatchObject({
    failures: 0,
  });
});

for (const [what, text] of [
  ['not JSON', '{"version":1,"failures":'],
  [
    'the wrong shape',
    JSON.stringify({ version: 1, failures: -3, lastFailureAt: 0, firstFailureAt: null }),
  ],
  [
    'from another version',
    JSON.stringify({ version: 9, failures: 5, lastFailureAt: 0, firstFailureAt: null }),
  ],
] as const) {
  test(`a delay file that is ${what} means "no delay known" and is replaced`, async () => {
    const path = join(await tempDataDir(), 'unlock-delay.json');
    await writeFile(path, text);
    const throttle = new UnlockThrottle(throttleFile(path));
    await throttle.ready();
    expect(throttle.count).toBe(0);
    expect(throttle.retryAfterMs(Date.now())).toBe(0);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      version: 1,
      failures: 0,
      lastFailureAt: 0,
      firstFailureAt: null,
    });
  });
}

test('a missing delay file means no delay; a place that cannot be written never fails an attempt', async () => {
  const dir = await tempDataDir();
  const missing = new UnlockThrottle(throttleFile(join(dir, 'none', 'unlock-delay.json')));
  await missing.ready();
  expect(missing.count).toBe(0);

  // The folder the file should go in is a file: every save fails, the attempts are still counted.
  await writeFile(join(dir, 'blocked'), 'not a folder');
  const clock = manualClock();
  const h = await harness({
    now: clock.now,
    unlockDelayFile: join(dir, 'blocked', 'unlock-delay.json'),
  });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('vault.lock');
  for (let i = 1; i <= 5; i += 1) {
    expect(await h.raw('vault.unlock', { passphrase: `wrong guess number ${i}` })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  }
  expect(await h.call('vault.status')).toMatchObject({
    failedAttempts: 5,
    retryAfterMs: FIRST_DELAY_MS,
  });
});

test('a clock set back never stretches the wait beyond the delay itself', async () => {
  const path = join(await tempDataDir(), 'unlock-delay.json');
  const now = Date.parse('2026-03-01T09:00:00Z');
  const future = now + 7 * 24 * 3600_000;
  await writeFile(
    path,
    JSON.stringify({ version: 1, failures: 7, lastFailureAt: future, firstFailureAt: future }),
  );
  const throttle = new UnlockThrottle(throttleFile(path));
  await throttle.ready();
  expect(throttle.retryAfterMs(now)).toBe(delayAfter(7));
});
