/**
 * The OS keychain as the services see it: main supplies one backed by Electron's safeStorage
 * (electron/main/remembered-secret.ts); tests pass an in-memory double. It keeps one secret.
 */
import type { RememberUnavailableReason } from '../../../core/vault/vault-schemas';

/** Whether the keychain can keep a secret safely here, and if not, why. */
export type KeychainAvailability =
  { available: true } | { available: false; reason: RememberUnavailableReason };

/** One secret kept by the OS keychain on this computer. */
export interface Keychain {
  /** Whether a real keychain protects the secret (Linux `basic_text` counts as unavailable). */
  availability(): Promise<KeychainAvailability>;
  /** Seals and stores the secret, replacing any previous one. */
  save(secret: Uint8Array): Promise<void>;
  /** The stored secret, or null when there is none or it can no longer be opened. */
  load(): Promise<Uint8Array | null>;
  /** Deletes the stored secret. */
  forget(): Promise<void>;
}

/** The keychain when none is connected (tests and environments without one): always unavailable. */
export const noKeychain: Keychain = {
  availability: async () => ({ available: false, reason: 'no-keychain' }),
  save: async () => {
    throw new Error('No keychain is connected.');
  },
  load: async () => null,
  forget: async () => undefined,
};
