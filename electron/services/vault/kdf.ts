import { scrypt } from 'node:crypto';

/** scrypt cost parameters, stored in the vault header so they can be raised later. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The production parameters: N = 2^17, r = 8, p = 1 (about 128 MiB and a few hundred ms). */
export const DEFAULT_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

/** Length of the derived key-encryption key, in bytes. */
export const KEK_BYTES = 32;

/** Length of the per-vault salt, in bytes. */
export const SALT_BYTES = 32;

/** Tells whether stored parameters are sane enough to run (a corrupt header must not hang the app). */
export function isValidScryptParams(params: unknown): params is ScryptParams {
  const v = params as Partial<ScryptParams> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.N) &&
    Number.isInteger(v.r) &&
    Number.isInteger(v.p) &&
    (v.N as number) >= 2 ** 4 &&
    (v.N as number) <= 2 ** 22 &&
    ((v.N as number) & ((v.N as number) - 1)) === 0 &&
    (v.r as number) >= 1 &&
    (v.r as number) <= 32 &&
    (v.p as number) >= 1 &&
    (v.p as number) <= 16
  );
}

/** The memory limit scrypt needs for these parameters, with headroom. */
export function scryptMaxmem(params: ScryptParams): number {
  return 128 * params.N * params.r * (params.p + 1) + 32 * 1024 * 1024;
}

/** Derives a 256-bit key-encryption key from a passphrase (off the main thread, in libuv's pool). */
export function deriveKek(
  passphrase: string,
  salt: Uint8Array,
  params: ScryptParams,
): Promise<Buffer> {
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      salt,
      KEK_BYTES,
      { N: params.N, r: params.r, p: params.p, maxmem: scryptMaxmem(params) },
      (error, key) => {
        secret.fill(0);
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}
