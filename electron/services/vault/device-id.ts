/**
 * This computer's id: a random 128-bit value kept in the data folder on this computer (never in
 * the vault folder, which may be shared with another computer). Records carry the id of the
 * computer that wrote them, so two computers keeping one vault in step can tell their revisions
 * apart. It holds no client data.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomic-write';
import { DEVICE_ID_PATTERN } from '../store/record-codec';
import type { AtomicWriter } from '../store/record-store';

/** The file, in the data folder, that holds this computer's id. */
export const DEVICE_ID_FILE = 'device-id.json';

const DeviceIdFileSchema = z.object({ deviceId: z.string().regex(DEVICE_ID_PATTERN) }).strict();

/** A fresh computer id. */
export function newDeviceId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * Reads this computer's id from `<dataDir>/device-id.json`, creating it on first use. A damaged
 * file is set aside (renamed, never deleted) and a new id is made. It never fails: an id that
 * cannot be read or saved (permissions, full or read-only disk) is made fresh for this run only.
 */
export async function loadDeviceId(
  dataDir: string,
  writer: AtomicWriter = writeFileAtomic,
): Promise<string> {
  const file = join(dataDir, DEVICE_ID_FILE);
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    // Unreadable (permissions, I/O): this run uses a fresh id, unsaved, rather than not opening.
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') return newDeviceId();
  }
  if (text !== undefined) {
    const parsed = safeJson(text);
    const checked = DeviceIdFileSchema.safeParse(parsed);
    if (checked.success) return checked.data.deviceId;
    const setAside = await rename(file, `${file}.damaged-${Date.now()}`).then(
      () => true,
      () => false,
    );
    if (!setAside) return newDeviceId();
  }
  const deviceId = newDeviceId();
  // On a full or read-only disk the id serves this run unsaved (nothing can be written then
  // anyway), so the vault still opens read-only; it is saved on a later start.
  await writer(
    dataDir,
    DEVICE_ID_FILE,
    Buffer.from(`${JSON.stringify({ deviceId })}\n`, 'utf8'),
  ).catch(() => undefined);
  return deviceId;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Loads this computer's id once and remembers it (a failed read is tried again next time). */
export function deviceIdLoader(dataDir: string, writer?: AtomicWriter): () => Promise<string> {
  let loaded: Promise<string> | undefined;
  return () =>
    (loaded ??= loadDeviceId(dataDir, writer).catch((cause: unknown) => {
      loaded = undefined;
      throw cause;
    }));
}
