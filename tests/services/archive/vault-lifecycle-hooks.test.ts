import { expect, test } from 'vitest';
import { RECORD_KINDS } from '../../../electron/services/record-kinds';
import {
  VaultSession,
  type VaultOpenedEvent,
} from '../../../electron/services/vault/vault-session';
import { vaultPaths } from '../../../electron/services/vault/vault-paths';
import { FAST_SCRYPT, GOOD_PASSPHRASE, tempDataDir } from '../vault/helpers';

async function session() {
  return new VaultSession({
    paths: vaultPaths(await tempDataDir()),
    kinds: RECORD_KINDS,
    now: () => new Date(),
    scrypt: FAST_SCRYPT,
  });
}

test('onOpened hears create and unlock with the open vault; onLocked hears each lock of an open vault', async () => {
  const vault = await session();
  const opened: VaultOpenedEvent[] = [];
  let locks = 0;
  vault.onOpened((open, event) => {
    expect(open.index.count('session')).toBe(0);
    opened.push(event);
  });
  vault.onLocked(() => (locks += 1));
  await vault.create(GOOD_PASSPHRASE);
  await vault.lock('user');
  await vault.lock('user');
  await vault.unlock(GOOD_PASSPHRASE);
  expect(opened).toEqual(['vault-created', 'unlocked']);
  expect(locks).toBe(1);
});

test('onLocked runs before the lock finishes, while running calls still hold the vault', async () => {
  const vault = await session();
  await vault.create(GOOD_PASSPHRASE);
  let release: () => void = () => undefined;
  const running = vault.use(() => new Promise<void>((r) => (release = r)));
  let heard = false;
  vault.onLocked(() => (heard = true));
  const locking = vault.lock('idle');
  expect(heard).toBe(true);
  release();
  await running;
  await locking;
});

test('a removed listener is not called, and a failing listener does not stop unlock or lock', async () => {
  const vault = await session();
  let calls = 0;
  const off = vault.onOpened(() => (calls += 1));
  vault.onOpened(() => {
    throw new Error('listener broke');
  });
  vault.onLocked(() => {
    throw new Error('listener broke');
  });
  off();
  await vault.create(GOOD_PASSPHRASE);
  expect((await vault.status()).state).toBe('unlocked');
  await vault.lock('user');
  expect((await vault.status()).state).toBe('locked');
  expect(calls).toBe(0);
});
