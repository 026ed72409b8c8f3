import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM nonce length (96 bits). */
export const NONCE_BYTES = 12;

/** AES-256-GCM tag length (128 bits). */
export const TAG_BYTES = 16;

/** Raised when ciphertext fails authentication: wrong key, altered bytes or wrong associated data. */
export class AuthenticationError extends Error {
  constructor() {
    super('Authentication failed.');
    this.name = 'AuthenticationError';
  }
}

/** Encrypts with AES-256-GCM under a fresh random nonce; returns nonce ‖ ciphertext ‖ tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Decrypts nonce ‖ ciphertext ‖ tag; throws AuthenticationError unless key, bytes and aad all match. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new AuthenticationError();
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const nonce = bytes.subarray(0, NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    const body = decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES));
    const rest = decipher.final();
    // GCM hands everything over in update(); no copy of a large cache just to append nothing.
    return rest.length === 0 ? body : Buffer.concat([body, rest]);
  } catch {
    throw new AuthenticationError();
  }
}
