import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AuthenticationError, open, seal } from '../../../electron/services/vault/aead';
import {
  DEFAULT_SCRYPT,
  deriveKek,
  isValidScryptParams,
} from '../../../electron/services/vault/kdf';
import { createRecordCipher } from '../../../electron/services/vault/record-cipher';
import {
  createHeader,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
} from '../../../electron/services/vault/vault-header';
import { randomBytes } from 'node:crypto';
import { GOOD_PASSPHRASE, harness } from './helpers';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const id = 'a'.repeat(32);
const envelope = { format: 1, kind: 'client', id, rev: 3, data: { displayName: 'Zoë Ørsted' } };

describe('record cipher', () => {
  test('round-trips, and binds the ciphertext to id and kind', () => {
    const cipher = createRecordCipher(randomBytes(32));
    const bytes = cipher.encode({ kind: 'client', id }, envelope);
    expect(cipher.decode({ kind: 'client', id }, bytes)).toEqual(envelope);
    expect(() => cipher.decode({ kind: 'client', id: 'b'.repeat(32) }, bytes)).toThrow();
    expect(() => cipher.decode({ kind: 'session', id }, bytes)).toThrow();
    expect(Buffer.from(bytes).includes(Buffer.from('Zoë'))).toBe(false);
  });

  test('uses a fresh 96-bit nonce each time and refuses another key or a flipped byte', () => {
    const key = randomBytes(32);
    const cipher = createRecordCipher(key);
    const a = Buffer.from(cipher.encode({ kind: 'client', id }, envelope));
    const b = Buffer.from(cipher.encode({ kind: 'client', id }, envelope));
    expect(a.subarray(4, 16).equals(b.subarray(4, 16))).toBe(false);
    expect(a.length).toBe(4 + 12 + Buffer.byteLength(JSON.stringify(envelope)) + 16);
    expect(() => createRecordCipher(randomBytes(32)).decode({ kind: 'client', id }, a)).toThrow();
    for (const at of [3, 4, 20, a.length - 1]) {
      const flipped = Buffer.from(a);
      flipped[at] = (flipped[at] as number) ^ 1;
      expect(() => cipher.decode({ kind: 'client', id }, flipped)).toThrow();
    }
  });

  test('seal/open checks the associated data', () => {
    const key = randomBytes(32);
    const sealed = seal(key, Buffer.from('x'), Buffer.from('one'));
    expect(open(key, sealed, Buffer.from('one')).toString()).toBe('x');
    expect(() => open(key, sealed, Buffer.from('two'))).toThrow(AuthenticationError);
  });
});

describe('key wrapping', () => {
  test('the data key opens with the passphrase or the recovery key, and not otherwise', async () => {
    const dataKey = randomBytes(32);
    const recovery = randomBytes(16);
    const header = await createHeader(dataKey, 'correct horse battery', recovery, FAST, new Date());
    expect((await unwrapWithPassphrase(header, 'correct horse battery')).equals(dataKey)).toBe(
      true,
    );
    expect(unwrapWithRecoveryKey(header, recovery).equals(dataKey)).toBe(true);
    await expect(unwrapWithPassphrase(header, 'correct horse batterY')).rejects.toThrow(
      AuthenticationError,
    );
    expect(() => unwrapWithRecoveryKey(header, randomBytes(16))).toThrow(AuthenticationError);
    expect(JSON.stringify(header)).not.toContain(dataKey.toString('base64'));
  });

  test('scrypt parameters are validated before running', async () => {
    expect(isValidScryptParams({ N: 2 ** 17, r: 8, p: 1 })).toBe(true);
    expect(isValidScryptParams({ N: 3000, r: 8, p: 1 })).toBe(false);
    expect(isValidScryptParams({ N: 2 ** 30, r: 8, p: 1 })).toBe(false);
    const key = await deriveKek('x', randomBytes(32), FAST);
    expect(key).toHaveLength(32);
  });

  test('production default is scrypt N=2^17, r=8, p=1, stored in the header with a per-vault salt', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const a = await harness({ scrypt: undefined });
    const b = await harness({ scrypt: undefined });
    await Promise.all([
      a.call('vault.create', { passphrase: GOOD_PASSPHRASE }),
      b.call('vault.create', { passphrase: GOOD_PASSPHRASE }),
    ]);
    const ha = JSON.parse(await readFile(join(a.dataDir, 'vault', 'vault.json'), 'utf8'));
    const hb = JSON.parse(await readFile(join(b.dataDir, 'vault', 'vault.json'), 'utf8'));
    expect(ha.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(Buffer.from(ha.kdf.salt, 'base64')).toHaveLength(32);
    expect(ha.kdf.salt).not.toBe(hb.kdf.salt);
    await a.call('vault.lock');
    expect((await a.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).state).toBe('unlocked');
  });
});
