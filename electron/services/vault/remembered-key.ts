/**
 * Where "Remember on this computer" keeps its wrap of the data key: a file in this computer's
 * data folder (`remembered-key.json`), never in the vault header, which another computer may
 * share through a synced folder (a header written here would carry this computer's slot, or an
 * older passphrase wrap, over the other computer's). The wrap is bound to the vault's id and to
 * the passphrase wrap it was made beside: a passphrase changed on another computer makes it stale,
 * so this computer asks for the new passphrase. It holds no client data and no usable key (the
 * device key stays in the OS keychain).
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomic-write';
import type { DeviceSlot } from './device-wrap';
import type { VaultHeader } from './vault-header';

/** The file, in the data folder, that holds this computer's device wrap. */
export const REMEMBERED_KEY_FILE = 'remembered-key.json';

const RememberedKeySchema = z
  .object({
    format: z.literal(1),
    vaultId: z.string().min(1).max(200),
    passphraseStamp: z.string().regex(/^[0-9a-f]{32}$/),
    slot: z
      .object({
        id: z.string().regex(/^[0-9a-f]{32}$/),
        wrapped: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
      })
      .strict(),
  })
  .strict();

/** This computer's remembered wrap, as stored. */
export type RememberedKey = z.output<typeof RememberedKeySchema>;

/** A short fingerprint of the header's passphrase wrap: it changes whenever the passphrase does. */
export function passphraseStamp(header: VaultHeader): string {
  return createHash('sha256')
    .update(`${header.kdf.salt}:${header.wrapped.passphrase}`)
    .digest('hex')
    .slice(0, 32);
}

/** Reads the remembered wrap, or null when there is none or the file is not one this app wrote. */
export async function readRememberedKey(dataDir: string): Promise<RememberedKey | null> {
  try {
    const parsed = RememberedKeySchema.safeParse(
      JSON.parse(await readFile(join(dataDir, REMEMBERED_KEY_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The wrap to open `header` with: this computer's, when it belongs to this vault and the
 * passphrase has not changed since (`stale` when it has, or it belongs to another vault).
 */
export function slotFor(
  header: VaultHeader,
  remembered: RememberedKey | null,
): { slot: DeviceSlot; stale: false } | { slot: null; stale: boolean } {
  if (!remembered) return { slot: null, stale: false };
  if (
    remembered.vaultId !== header.vaultId ||
    remembered.passphraseStamp !== passphraseStamp(header)
  )
    return { slot: null, stale: true };
  return { slot: remembered.slot, stale: false };
}

/** Saves this computer's wrap for `header`'s vault and passphrase. */
export async function writeRememberedKey(
  dataDir: string,
  header: VaultHeader,
  slot: DeviceSlot,
): Promise<void> {
  const value: RememberedKey = {
    format: 1,
    vaultId: header.vaultId,
    passphraseStamp: passphraseStamp(header),
    slot,
  };
  await writeFileAtomic(dataDir, REMEMBERED_KEY_FILE, Buffer.from(JSON.stringify(value), 'utf8'));
}

/** Removes this computer's wrap (nothing to do when there is none). */
export async function forgetRememberedKey(dataDir: string): Promise<void> {
  await rm(join(dataDir, REMEMBERED_KEY_FILE), { force: true });
}
