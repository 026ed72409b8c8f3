// "Remember on this computer" through dispatch, with an in-memory keychain double: the device
// wrap in this computer's data folder (never the shared header), start-only device unlock, passphrase change / recovery keep it, restore
// and "off" drop it, and the keychain secret never lands in the vault folder.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RememberUnavailableReason } from '../../../core/vault/vault-schemas';
import type { Keychain } from '../../../electron/services/vault/keychain';
import { addDeviceWrap } from '../../../electron/services/vault/device-wrap';
import {
  readRememberedKey,
  REMEMBERED_KEY_FILE,
} from '../../../electron/services/vault/remembered-key';
import {
  readHeader,
  unwrapWithPassphrase,
  writeHeader,
} from '../../../electron/services/vault/vault-header';
import { GOOD_PASSPHRASE, harness, listFiles, tempDataDir } from './helpers';

/** An in-memory keychain; `available: false` plays Linux with only basic_text. */
function memoryKeychain(options: { available?: boolean; reason?: RememberUnavailableReason } = {}) {
  let stored: Uint8Array | null = null;
  const keychain: Keychain & { stored: () => Uint8Array | null; tamper: () => void } = {
    availability: async () =>
      options.available === false
        ? { available: false, reason: options.reason ?? 'no-keyring' }
        : { available: true },
    save: async (secret) => void (stored = new Uint8Array(secret)),
    load: async () => (stored ? new Uint8Array(stored) : null),
    forget: async () => void (stored = null),
    stored: () => stored,
    tamper: () => {
      if (stored) stored[stored.length - 1]! ^= 1;
    },
  };
  return keychain;
}

async function header(dataDir: string) {
  return JSON.parse(await readFile(join(dataDir, 'vault', 'vault.json'), 'utf8')) as {
    device?: { id: string; wrapped: string };
  };
}

/** A vault with one client and "Remember on this computer" turned on; returns the harness, keychain and recovery key. */
async function rememberedVault() {
  const keychain = memoryKeychain();
  const dataDir = await tempDataDir();
  const h = await harness({ dataDir, keychain });
  const { recoveryKey } = await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('clients.create', { displayName: 'Zoë Ørsted' });
  expect(await h.call('vault.setRemember', { enabled: true, passphrase: GOOD_PASSPHRASE })).toEqual(
    { available: true, enabled: true },
  );
  /** A fresh process (new handlers) over the same folder and keychain: "the next app start". */
  const restart = () => harness({ dataDir, keychain });
  return { h, keychain, dataDir, recoveryKey, restart };
}

describe('remember on this computer', () => {
  test('turning it on keeps a device wrap on this computer; the next start opens without the passphrase and audits it', async () => {
    const { h, keychain, dataDir, restart } = await rememberedVault();
    // In the data folder, not in the vault header another computer may share.
    expect((await header(dataDir)).device).toBeUndefined();
    expect(await readRememberedKey(dataDir)).toMatchObject({
      slot: { id: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    const secret = keychain.stored()!;
    expect(secret).toHaveLength(48);
    // The device secret is never written into the data folder.
    for (const file of await listFiles(dataDir))
      expect(Buffer.from(await readFile(file)).includes(Buffer.from(secret.subarray(16)))).toBe(
        false,
      );
    await h.call('vault.lock', { reason: 'quit' });

    const next = await restart();
    expect(await next.call('vault.rememberStatus')).toEqual({ available: true, enabled: true });
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: true });
    expect((await next.call('vault.status')).state).toBe('unlocked');
    expect((await next.call('clients.list')).map((c) => c.client.displayName)).toEqual([
      'Zoë Ørsted',
    ]);
    const events = await next.call('audit.list', { limit: 10 });
    expect(events[0]).toMatchObject({ type: 'unlocked', via: 'device' });
    expect(events.some((e) => e.type === 'remember-enabled')).toBe(true);
  });

  test('wrong passphrases before a restart are audited when the keychain opens the vault at the next start', async () => {
    const { h, restart } = await rememberedVault();
    await h.call('vault.lock', { reason: 'user' });
    for (const guess of ['not the right words', 'still not the right words']) {
      expect(await h.raw('vault.unlock', { passphrase: guess })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    const next = await restart();
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: true });
    const events = await next.call('audit.list', { limit: 2 });
    expect(events.map((e) => [e.type, e.count, e.via])).toEqual([
      ['unlocked', undefined, 'device'],
      ['unlock-failed', 2, undefined],
    ]);
    expect((await next.call('vault.status')).failedAttempts).toBe(0);
  });

  test('after any lock in this run the passphrase is needed (auto-lock keeps protecting)', async () => {
    const { h } = await rememberedVault();
    await h.call('vault.lock', { reason: 'idle' });
    expect(await h.call('vault.unlockWithDevice')).toEqual({ unlocked: false, why: 'after-lock' });
    expect((await h.call('vault.status')).state).toBe('locked');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    await h.call('vault.lock', { reason: 'suspend' });
    expect(await h.call('vault.unlockWithDevice')).toEqual({ unlocked: false, why: 'after-lock' });
  });

  test('turning it on needs the vault unlocked and the right passphrase', async () => {
    const keychain = memoryKeychain();
    const h = await harness({ keychain });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    expect(await h.raw('vault.setRemember', { enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { passphrase: expect.any(String) } },
    });
    expect(
      await h.raw('vault.setRemember', {
        enabled: true,
        passphrase: 'not the passphrase at all 9',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(keychain.stored()).toBeNull();
    await h.call('vault.lock', { reason: 'user' });
    expect(
      await h.raw('vault.setRemember', { enabled: true, passphrase: GOOD_PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(keychain.stored()).toBeNull();
  });

  test('a passphrase changed on another computer makes the remembered key stale: the passphrase is asked for, and this computer never writes its header back', async () => {
    const { h, keychain, dataDir, restart } = await rememberedVault();
    await h.call('vault.lock', { reason: 'quit' });
    // The other computer (its own data folder, the same vault folder) changes the passphrase.
    const otherData = await tempDataDir();
    await cp(join(dataDir, 'vault'), join(otherData, 'vault'), { recursive: true });
    const other = await harness({ dataDir: otherData });
    await other.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    const changed = 'willow meadow kettle 83 dusk';
    await other.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: changed });
    await other.call('vault.lock', { reason: 'quit' });
    await cp(join(otherData, 'vault', 'vault.json'), join(dataDir, 'vault', 'vault.json'));

    const next = await restart();
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: false, why: 'failed' });
    expect(keychain.stored()).toBeNull();
    expect(await readdir(dataDir)).not.toContain(REMEMBERED_KEY_FILE);
    expect(await next.call('vault.rememberStatus')).toEqual({ available: true, enabled: false });
    expect((await next.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).ok).toBe(false);
    await next.call('vault.unlock', { passphrase: changed });
    expect((await next.call('clients.list')).length).toBe(1);
  });

  test('while unlocked here, a passphrase change elsewhere is not undone by changes made here', async () => {
    const { h, dataDir } = await rememberedVault();
    const otherData = await tempDataDir();
    await cp(join(dataDir, 'vault'), join(otherData, 'vault'), { recursive: true });
    const other = await harness({ dataDir: otherData });
    await other.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    const changed = 'willow meadow kettle 83 dusk';
    await other.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: changed });
    await cp(join(otherData, 'vault', 'vault.json'), join(dataDir, 'vault', 'vault.json'));
    // This computer, unlocked before the change, turns the option off and on again…
    await h.call('vault.setRemember', { enabled: false });
    expect(
      (await h.raw('vault.setRemember', { enabled: true, passphrase: GOOD_PASSPHRASE })).ok,
    ).toBe(false);
    await h.call('vault.setRemember', { enabled: true, passphrase: changed });
    // …and a change of passphrase here needs the one set there.
    expect(
      (await h.raw('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: 'x'.repeat(30) }))
        .ok,
    ).toBe(false);
    const onDisk = (await readHeader(join(dataDir, 'vault')))!;
    (await unwrapWithPassphrase(onDisk, changed)).fill(0);
    await expect(unwrapWithPassphrase(onDisk, GOOD_PASSPHRASE)).rejects.toThrow();
  });

  test('a slot an older version kept in the header still opens, and turning the option on moves it out', async () => {
    const { h, keychain, dataDir, restart } = await rememberedVault();
    await h.call('vault.lock', { reason: 'quit' });
    // Put the vault back as an older version left it: the slot in the header, no local file.
    const { rm } = await import('node:fs/promises');
    await rm(join(dataDir, REMEMBERED_KEY_FILE));
    const plain = (await readHeader(join(dataDir, 'vault')))!;
    const dataKey = await unwrapWithPassphrase(plain, GOOD_PASSPHRASE);
    await writeHeader(join(dataDir, 'vault'), addDeviceWrap(plain, dataKey, keychain.stored()!));
    const next = await restart();
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: true });
    await next.call('vault.setRemember', { enabled: true, passphrase: GOOD_PASSPHRASE });
    expect((await header(dataDir)).device).toBeUndefined();
    expect(await readRememberedKey(dataDir)).not.toBeNull();
    await next.call('vault.lock', { reason: 'quit' });
    expect(await (await restart()).call('vault.unlockWithDevice')).toEqual({ unlocked: true });
  });

  test('a damaged remembered-key file reads as off, and the passphrase still opens', async () => {
    const { h, dataDir, restart } = await rememberedVault();
    await h.call('vault.lock', { reason: 'quit' });
    await writeFile(join(dataDir, REMEMBERED_KEY_FILE), '{"format":1,"vaultId":');
    const next = await restart();
    expect(await next.call('vault.rememberStatus')).toEqual({ available: true, enabled: false });
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: false, why: 'off' });
    await next.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  });

  test('turning it off removes the wrap and forgets the secret; the next start needs the passphrase', async () => {
    const { h, keychain, dataDir, restart } = await rememberedVault();
    expect(await h.call('vault.setRemember', { enabled: false })).toEqual({
      available: true,
      enabled: false,
    });
    expect((await header(dataDir)).device).toBeUndefined();
    expect(await readRememberedKey(dataDir)).toBeNull();
    expect(keychain.stored()).toBeNull();
    expect((await h.call('audit.list', { limit: 5 }))[0]).toMatchObject({
      type: 'remember-disabled',
    });
    const next = await restart();
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: false, why: 'off' });
  });

  test('changing the passphrase and recovering keep the device wrap valid', async () => {
    const { h, recoveryKey, restart } = await rememberedVault();
    const changed = 'willow meadow kettle 83 dusk';
    await h.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: changed });
    await h.call('vault.lock', { reason: 'quit' });
    const second = await restart();
    expect(await second.call('vault.unlockWithDevice')).toEqual({ unlocked: true });
    await second.call('vault.lock', { reason: 'quit' });

    const third = await restart();
    await third.call('vault.recover', {
      recoveryKey,
      newPassphrase: 'harbour thistle copper 19 glow',
    });
    await third.call('vault.lock', { reason: 'quit' });
    const fourth = await restart();
    expect(await fourth.call('vault.rememberStatus')).toMatchObject({ enabled: true });
    expect(await fourth.call('vault.unlockWithDevice')).toEqual({ unlocked: true });
  });

  test('restoring a backup drops it: the backup holds no device wrap and the keychain forgets', async () => {
    const { h, keychain, dataDir, restart } = await rememberedVault();
    const backupPath = join(await tempDataDir(), 'backup.csbackup');
    await h.exportTo(backupPath);
    expect((await readFile(backupPath)).includes(Buffer.from('"device"'))).toBe(false);
    const restored = await h.restoreFrom(backupPath, { passphrase: GOOD_PASSPHRASE });
    expect(restored.ok).toBe(true);
    expect((await header(dataDir)).device).toBeUndefined();
    await expect.poll(() => keychain.stored()).toBeNull();
    expect(await h.call('vault.rememberStatus')).toEqual({ available: true, enabled: false });
    await h.call('vault.lock', { reason: 'quit' });
    expect(await (await restart()).call('vault.unlockWithDevice')).toEqual({
      unlocked: false,
      why: 'off',
    });
  });

  test('a secret that no longer fits falls back calmly, counts no failed attempt and leaves files alone', async () => {
    const { h, keychain, restart } = await rememberedVault();
    await h.call('vault.lock', { reason: 'quit' });
    keychain.tamper();
    const next = await restart();
    expect(await next.call('vault.unlockWithDevice')).toEqual({ unlocked: false, why: 'failed' });
    expect(await next.call('vault.status')).toMatchObject({ state: 'locked', failedAttempts: 0 });
    await keychain.forget();
    expect(await (await restart()).call('vault.unlockWithDevice')).toEqual({
      unlocked: false,
      why: 'failed',
    });
  });

  test('a lost keychain secret shows the option as off; turning it on again makes the next start open', async () => {
    const { h, keychain, restart } = await rememberedVault();
    expect(await h.call('vault.rememberStatus')).toEqual({ available: true, enabled: true });
    keychain.tamper();
    expect(await h.call('vault.rememberStatus')).toEqual({ available: true, enabled: false });
    await keychain.forget();
    expect(await h.call('vault.rememberStatus')).toEqual({ available: true, enabled: false });
    expect(
      await h.call('vault.setRemember', { enabled: true, passphrase: GOOD_PASSPHRASE }),
    ).toEqual({ available: true, enabled: true });
    await h.call('vault.lock', { reason: 'quit' });
    expect(await (await restart()).call('vault.unlockWithDevice')).toEqual({ unlocked: true });
  });

  test('where the keychain is unavailable the option is off with a reason and cannot be turned on', async () => {
    const h = await harness({
      keychain: memoryKeychain({ available: false, reason: 'no-keyring' }),
    });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    expect(await h.call('vault.rememberStatus')).toEqual({
      available: false,
      reason: 'no-keyring',
      enabled: false,
    });
    expect(
      await h.raw('vault.setRemember', { enabled: true, passphrase: GOOD_PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const none = await harness();
    expect(await none.call('vault.rememberStatus')).toEqual({
      available: false,
      reason: 'no-keychain',
      enabled: false,
    });
    expect(await none.call('vault.unlockWithDevice')).toEqual({
      unlocked: false,
      why: 'unavailable',
    });
    expect(
      await (await harness({ keychain: memoryKeychain() })).call('vault.unlockWithDevice'),
    ).toEqual({ unlocked: false, why: 'off' });
  });
});
