/**
 * The third, revocable wrap of the data key: "Remember on this computer". A random 256-bit
 * device key (with a random 128-bit id) wraps the data key in a slot kept on this computer
 * (remembered-key.ts; older versions kept it in the vault header); the device key itself is
 * sealed by the OS keychain in the main process and never reaches the renderer or the vault
 * folder.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { AuthenticationError, open, seal } from './aead';
import type { VaultHeader } from './vault-header';

/** Length of the device id, in bytes. */
export const DEVICE_ID_BYTES = 16;

/** Length of the device key, in bytes (256 bits). */
export const DEVICE_KEY_BYTES = 32;

/** The device slot as stored in the header: the device id (hex) and the wrapped data key (base64). */
export interface DeviceSlot {
  id: string;
  wrapped: string;
}

function deviceAad(header: Pick<VaultHeader, 'vaultId' | 'format'>, id: string): Buffer {
  return Buffer.from(
    `closing-session:key-wrap:v${header.format}:device:${header.vaultId}:${id}`,
    'utf8',
  );
}

function deviceKek(key: Uint8Array, id: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', key, id, 'closing-session device key v1', 32));
}

/** A fresh device secret for the keychain: id ‖ key (48 random bytes). */
export function newDeviceSecret(): Buffer {
  return randomBytes(DEVICE_ID_BYTES + DEVICE_KEY_BYTES);
}

/** A device slot wrapping `dataKey` under `secret`, bound to `header`'s vault. */
export function makeDeviceSlot(
  header: Pick<VaultHeader, 'vaultId' | 'format'>,
  dataKey: Uint8Array,
  secret: Uint8Array,
): DeviceSlot {
  const id = Buffer.from(secret.subarray(0, DEVICE_ID_BYTES));
  const kek = deviceKek(secret.subarray(DEVICE_ID_BYTES), id);
  try {
    const hexId = id.toString('hex');
    return { id: hexId, wrapped: seal(kek, dataKey, deviceAad(header, hexId)).toString('base64') };
  } finally {
    kek.fill(0);
  }
}

/** Returns a copy of the header whose device slot wraps `dataKey` under `secret` (the older, in-header place). */
export function addDeviceWrap(
  header: VaultHeader,
  dataKey: Uint8Array,
  secret: Uint8Array,
): VaultHeader {
  return { ...header, device: makeDeviceSlot(header, dataKey, secret) };
}

/** Returns a copy of the header without a device slot (backups and restores never carry one). */
export function withoutDevice(header: VaultHeader): VaultHeader {
  const { device: _device, ...rest } = header;
  return rest;
}

/**
 * Unwraps the data key with a device secret from `slot` (by default the header's own, as older
 * versions kept it); throws AuthenticationError when it does not fit.
 */
export function unwrapWithDevice(
  header: VaultHeader,
  secret: Uint8Array,
  slot: DeviceSlot | undefined = header.device,
): Buffer {
  if (!slot || secret.length !== DEVICE_ID_BYTES + DEVICE_KEY_BYTES)
    throw new AuthenticationError();
  const id = Buffer.from(secret.subarray(0, DEVICE_ID_BYTES));
  if (id.toString('hex') !== slot.id) throw new AuthenticationError();
  const kek = deviceKek(secret.subarray(DEVICE_ID_BYTES), id);
  try {
    return open(kek, Buffer.from(slot.wrapped, 'base64'), deviceAad(header, slot.id));
  } finally {
    kek.fill(0);
  }
}
