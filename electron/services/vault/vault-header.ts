/**
 * The vault header (`vault.json`): format version, scrypt parameters and salt, and the data
 * key wrapped twice (by the passphrase and by the recovery key), plus optionally a third,
 * revocable wrap for "Remember on this computer" (see device-wrap.ts). It holds no client data and
 * nothing that opens the vault without one of the two secrets.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../core/result';
import { writeFileAtomic } from '../store/atomic-write';
import { open, seal } from './aead';
import type { ScryptParams } from './kdf';
import { deriveKek, isValidScryptParams, SALT_BYTES } from './kdf';

/** The header's file name inside the vault folder. */
export const HEADER_FILE = 'vault.json';

/** The current header format version. */
export const HEADER_FORMAT = 1;

/** Length of the data key, in bytes (256 bits). */
export const DATA_KEY_BYTES = 32;

/** Length of the recovery key, in bytes (128 bits). */
export const RECOVERY_KEY_BYTES = 16;

/** The header as stored. Binary values are base64. */
export interface VaultHeader {
  app: 'closing-session-vault';
  format: number;
  vaultId: string;
  createdAt: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  wrapped: { passphrase: string; recovery: string; recoverySalt: string };
  /** The device wrap, present while "Remember on this computer" is on. */
  device?: { id: string; wrapped: string };
}

function wrapAad(
  header: Pick<VaultHeader, 'vaultId' | 'format'>,
  slot: 'passphrase' | 'recovery',
): Buffer {
  return Buffer.from(
    `closing-session:key-wrap:v${header.format}:${slot}:${header.vaultId}`,
    'utf8',
  );
}

function recoveryKek(recoveryKey: Uint8Array, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'closing-session recovery key v1', 32));
}

async function passphraseSlot(
  header: Pick<VaultHeader, 'vaultId' | 'format'>,
  dataKey: Uint8Array,
  passphrase: string,
  params: ScryptParams,
) {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, params);
  try {
    const wrapped = seal(kek, dataKey, wrapAad(header, 'passphrase'));
    return {
      kdf: { name: 'scrypt' as const, ...params, salt: salt.toString('base64') },
      wrapped: wrapped.toString('base64'),
    };
  } finally {
    kek.fill(0);
  }
}

/** Builds a new header wrapping `dataKey` under the passphrase and the recovery key. */
export async function createHeader(
  dataKey: Uint8Array,
  passphrase: string,
  recoveryKey: Uint8Array,
  params: ScryptParams,
  now: Date,
): Promise<VaultHeader> {
  const base = {
    app: 'closing-session-vault' as const,
    format: HEADER_FORMAT,
    vaultId: randomBytes(16).toString('hex'),
    createdAt: now.toISOString(),
  };
  const slot = await passphraseSlot(base, dataKey, passphrase, params);
  const recoverySalt = randomBytes(SALT_BYTES);
  const kek = recoveryKek(recoveryKey, recoverySalt);
  const recovery = seal(kek, dataKey, wrapAad(base, 'recovery')).toString('base64');
  kek.fill(0);
  return {
    ...base,
    kdf: slot.kdf,
    wrapped: { passphrase: slot.wrapped, recovery, recoverySalt: recoverySalt.toString('base64') },
  };
}

/** Returns a copy of the header with the data key re-wrapped under a new passphrase (fresh salt). */
export async function rewrapPassphrase(
  header: VaultHeader,
  dataKey: Uint8Array,
  passphrase: string,
  params: ScryptParams,
): Promise<VaultHeader> {
  const slot = await passphraseSlot(header, dataKey, passphrase, params);
  return { ...header, kdf: slot.kdf, wrapped: { ...header.wrapped, passphrase: slot.wrapped } };
}

/** Unwraps the data key with the passphrase; throws AuthenticationError when it is wrong. */
export async function unwrapWithPassphrase(
  header: VaultHeader,
  passphrase: string,
): Promise<Buffer> {
  const { N, r, p, salt } = header.kdf;
  const kek = await deriveKek(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  try {
    return open(
      kek,
      Buffer.from(header.wrapped.passphrase, 'base64'),
      wrapAad(header, 'passphrase'),
    );
  } finally {
    kek.fill(0);
  }
}

/** Unwraps the data key with the recovery key's bytes; throws AuthenticationError when it is wrong. */
export function unwrapWithRecoveryKey(header: VaultHeader, recoveryKey: Uint8Array): Buffer {
  const kek = recoveryKek(recoveryKey, Buffer.from(header.wrapped.recoverySalt, 'base64'));
  try {
    return open(kek, Buffer.from(header.wrapped.recovery, 'base64'), wrapAad(header, 'recovery'));
  } finally {
    kek.fill(0);
  }
}

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Checks that parsed JSON has the header's shape; throws an `io` AppError otherwise. */
export function assertHeader(value: unknown): VaultHeader {
  const v = value as Partial<VaultHeader> | null;
  const ok =
    typeof v === 'object' &&
    v !== null &&
    v.app === 'closing-session-vault' &&
    v.format === HEADER_FORMAT &&
    typeof v.vaultId === 'string' &&
    /^[0-9a-f]{32}$/.test(v.vaultId) &&
    typeof v.createdAt === 'string' &&
    typeof v.kdf === 'object' &&
    v.kdf !== null &&
    v.kdf.name === 'scrypt' &&
    isValidScryptParams(v.kdf) &&
    typeof v.kdf.salt === 'string' &&
    B64.test(v.kdf.salt) &&
    typeof v.wrapped === 'object' &&
    v.wrapped !== null &&
    [v.wrapped.passphrase, v.wrapped.recovery, v.wrapped.recoverySalt].every(
      (s) => typeof s === 'string' && B64.test(s),
    ) &&
    (v.device === undefined ||
      (typeof v.device === 'object' &&
        v.device !== null &&
        /^[0-9a-f]{32}$/.test(String(v.device.id)) &&
        typeof v.device.wrapped === 'string' &&
        B64.test(v.device.wrapped)));
  if (!ok)
    throw new AppError(
      'io',
      'The vault file is damaged or was written by a newer version of the app.',
    );
  return v as VaultHeader;
}

/** Reads the header from a vault folder; `null` when there is no vault there yet. */
export async function readHeader(vaultDir: string): Promise<VaultHeader | null> {
  let text: string;
  try {
    text = await readFile(join(vaultDir, HEADER_FILE), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('io', 'The vault file could not be read.');
  }
  try {
    return assertHeader(JSON.parse(text));
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'io',
      'The vault file is damaged or was written by a newer version of the app.',
    );
  }
}

/** Writes the header atomically (temp file, fsync, rename, fsync the folder). */
export async function writeHeader(vaultDir: string, header: VaultHeader): Promise<void> {
  await writeFileAtomic(
    vaultDir,
    HEADER_FILE,
    Buffer.from(JSON.stringify(header, null, 2), 'utf8'),
  );
}
