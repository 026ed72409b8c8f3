import { readFile, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ensureDir, writeFileAtomic } from '../services/store/atomic-write';
import type { Keychain } from '../services/vault/keychain';

/** The part of Electron's safeStorage this module uses (the non-deprecated async API). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend(): string;
}

/** Whether "Remember on this computer" can be offered, and if not, why (shown to the clinician). */
export type RememberAvailability =
  { available: true; backend: string } | { available: false; reason: string; backend?: string };

/** Why the option is hidden on Linux without a real keychain. */
export const BASIC_TEXT_REASON =
  'No system keychain (GNOME Keyring or KWallet) was found, so this computer cannot keep the key safely; enter your passphrase each time.';

/** Why the option is hidden when the OS offers no encryption at all. */
export const NO_KEYCHAIN_REASON =
  "This computer's keychain is not available, so the key cannot be remembered here.";

/**
 * Tells whether the OS keychain can protect a remembered secret. On Linux the 'basic_text'
 * backend (a fixed, built-in password) and 'unknown' (asked before ready) count as unavailable.
 * Call after the app is ready.
 */
export async function rememberAvailability(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): Promise<RememberAvailability> {
  let backend = platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : 'unknown';
  try {
    if (platform === 'linux') {
      backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text') return { available: false, reason: BASIC_TEXT_REASON, backend };
      if (backend === 'unknown') return { available: false, reason: NO_KEYCHAIN_REASON, backend };
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable()))
      return { available: false, reason: NO_KEYCHAIN_REASON, backend };
    return { available: true, backend };
  } catch {
    return { available: false, reason: NO_KEYCHAIN_REASON, backend };
  }
}

/** Encrypts a secret blob with the OS keychain (the blob travels as base64 text). */
export async function sealSecret(
  safeStorage: SafeStorageLike,
  secret: Uint8Array,
): Promise<Uint8Array> {
  const sealed = await safeStorage.encryptStringAsync(Buffer.from(secret).toString('base64'));
  return new Uint8Array(sealed);
}

/** Decrypts a blob sealed by `sealSecret`; `shouldReEncrypt` says the keychain key rotated. */
export async function openSecret(
  safeStorage: SafeStorageLike,
  sealed: Uint8Array,
): Promise<{ secret: Uint8Array; shouldReEncrypt: boolean }> {
  const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(sealed));
  return { secret: new Uint8Array(Buffer.from(result, 'base64')), shouldReEncrypt };
}

/** A remembered secret kept sealed in one file (written atomically, mode 0600). */
export interface RememberedSecretFile {
  /** Seals and stores the secret, replacing any previous one. */
  save(secret: Uint8Array): Promise<void>;
  /** The stored secret, or undefined when none is stored or it can no longer be opened. */
  load(): Promise<Uint8Array | undefined>;
  /** Deletes the stored secret ("Forget on this computer"). */
  forget(): Promise<void>;
}

/** Keeps one sealed secret at `filePath`, refusing to work where the keychain is unavailable. */
export function rememberedSecretFile(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
  filePath: string,
): RememberedSecretFile {
  const dir = dirname(filePath);
  const name = basename(filePath);
  const requireKeychain = async () => {
    const availability = await rememberAvailability(safeStorage, platform);
    if (!availability.available) throw new Error(availability.reason);
  };
  return {
    async save(secret) {
      await requireKeychain();
      await ensureDir(dir);
      await writeFileAtomic(dir, name, await sealSecret(safeStorage, secret));
    },
    async load() {
      if (!(await rememberAvailability(safeStorage, platform)).available) return undefined;
      let sealed: Uint8Array;
      try {
        sealed = await readFile(filePath);
      } catch {
        return undefined;
      }
      try {
        const { secret, shouldReEncrypt } = await openSecret(safeStorage, sealed);
        if (shouldReEncrypt)
          await writeFileAtomic(dir, name, await sealSecret(safeStorage, secret));
        return secret;
      } catch {
        return undefined;
      }
    },
    async forget() {
      await rm(filePath, { force: true });
    },
  };
}

/**
 * The services' keychain ("Remember on this computer") backed by safeStorage and one sealed file
 * in userData (never in the vault folder). Linux `basic_text` is reported as `no-keyring`.
 */
export function safeStorageKeychain(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
  filePath: string,
): Keychain {
  const file = rememberedSecretFile(safeStorage, platform, filePath);
  return {
    async availability() {
      const availability = await rememberAvailability(safeStorage, platform);
      if (availability.available) return { available: true };
      return {
        available: false,
        reason: availability.backend === 'basic_text' ? 'no-keyring' : 'no-keychain',
      };
    },
    save: (secret) => file.save(secret),
    load: async () => (await file.load()) ?? null,
    forget: () => file.forget(),
  };
}
