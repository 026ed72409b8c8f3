import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BASIC_TEXT_REASON,
  NO_KEYCHAIN_REASON,
  openSecret,
  rememberAvailability,
  rememberedSecretFile,
  sealSecret,
} from '../../electron/main/remembered-secret';

/** A fake keychain: "encrypts" by reversing bytes and prefixing a marker, so sealed ≠ plain. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true) {
  return {
    getSelectedStorageBackend: vi.fn(() => backend),
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (text: string) =>
      Buffer.concat([Buffer.from('v11'), Buffer.from(text).reverse()]),
    ),
    decryptStringAsync: vi.fn(async (sealed: Buffer) => {
      if (sealed.subarray(0, 3).toString() !== 'v11') throw new Error('bad blob');
      return {
        shouldReEncrypt: false,
        result: Buffer.from(sealed.subarray(3)).reverse().toString(),
      };
    }),
  };
}

describe('remember-on-this-computer availability', () => {
  it('treats Linux basic_text as unavailable, with a reason', async () => {
    const availability = await rememberAvailability(fakeSafeStorage('basic_text', true), 'linux');
    expect(availability).toEqual({
      available: false,
      reason: BASIC_TEXT_REASON,
      backend: 'basic_text',
    });
  });

  it('treats an unknown Linux backend (asked before ready) as unavailable', async () => {
    expect(await rememberAvailability(fakeSafeStorage('unknown', true), 'linux')).toMatchObject({
      available: false,
      reason: NO_KEYCHAIN_REASON,
    });
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])(
    'offers it on Linux with %s',
    async (backend) => {
      expect(await rememberAvailability(fakeSafeStorage(backend, true), 'linux')).toEqual({
        available: true,
        backend,
      });
    },
  );

  it('needs encryption to be available', async () => {
    expect(
      await rememberAvailability(fakeSafeStorage('gnome_libsecret', false), 'linux'),
    ).toMatchObject({ available: false, reason: NO_KEYCHAIN_REASON });
    expect(await rememberAvailability(fakeSafeStorage('', false), 'darwin')).toMatchObject({
      available: false,
    });
    expect(await rememberAvailability(fakeSafeStorage('', false), 'win32')).toMatchObject({
      available: false,
    });
  });

  it('uses the keychain on macOS and DPAPI on Windows without asking for a Linux backend', async () => {
    const mac = fakeSafeStorage('basic_text', true);
    expect(await rememberAvailability(mac, 'darwin')).toEqual({
      available: true,
      backend: 'keychain',
    });
    expect(mac.getSelectedStorageBackend).not.toHaveBeenCalled();
    expect(await rememberAvailability(fakeSafeStorage('basic_text', true), 'win32')).toEqual({
      available: true,
      backend: 'dpapi',
    });
  });

  it('counts a failing keychain as unavailable', async () => {
    const broken = fakeSafeStorage();
    broken.isAsyncEncryptionAvailable.mockRejectedValueOnce(new Error('dbus'));
    expect((await rememberAvailability(broken, 'linux')).available).toBe(false);
  });
});

describe('sealing a secret', () => {
  it('round-trips any bytes and never stores them in the clear', async () => {
    const safeStorage = fakeSafeStorage();
    const secret = new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256);
    const sealed = await sealSecret(safeStorage, secret);
    expect(Buffer.from(sealed).includes(Buffer.from(secret))).toBe(false);
    expect(Buffer.from(sealed).toString()).not.toContain(Buffer.from(secret).toString('base64'));
    const opened = await openSecret(safeStorage, sealed);
    expect(opened.secret).toEqual(secret);
    expect(opened.shouldReEncrypt).toBe(false);
  });
});

describe('the remembered secret file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cs-remember-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves sealed (mode 0600), loads and forgets', async () => {
    const file = join(dir, 'keychain', 'remembered-secret.bin');
    const store = rememberedSecretFile(fakeSafeStorage(), 'linux', file);
    const secret = new Uint8Array([1, 2, 3, 250, 251, 252]);
    await store.save(secret);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(await readFile(file)).includes(Buffer.from(secret))).toBe(false);
    expect(await store.load()).toEqual(secret);
    await store.forget();
    expect(await store.load()).toBeUndefined();
  });

  it('refuses to save and loads nothing where the keychain is only basic_text', async () => {
    const file = join(dir, 'remembered-secret.bin');
    await expect(
      rememberedSecretFile(fakeSafeStorage('basic_text'), 'linux', file).save(new Uint8Array([1])),
    ).rejects.toThrow(BASIC_TEXT_REASON);
    await rememberedSecretFile(fakeSafeStorage(), 'linux', file).save(new Uint8Array([1]));
    expect(
      await rememberedSecretFile(fakeSafeStorage('basic_text'), 'linux', file).load(),
    ).toBeUndefined();
  });

  it('loads nothing from a damaged file', async () => {
    const file = join(dir, 'remembered-secret.bin');
    await writeFile(file, 'garbage');
    expect(await rememberedSecretFile(fakeSafeStorage(), 'linux', file).load()).toBeUndefined();
  });

  it('re-seals when the keychain asks for it', async () => {
    const file = join(dir, 'remembered-secret.bin');
    const safeStorage = fakeSafeStorage();
    const store = rememberedSecretFile(safeStorage, 'darwin', file);
    await store.save(new Uint8Array([9, 9]));
    const realDecrypt = safeStorage.decryptStringAsync.getMockImplementation();
    safeStorage.decryptStringAsync.mockImplementationOnce(async (sealed: Buffer) => ({
      ...(await realDecrypt!(sealed)),
      shouldReEncrypt: true,
    }));
    expect(await store.load()).toEqual(new Uint8Array([9, 9]));
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledTimes(2);
  });
});
