/**
 * The backup file: `CSBACKUP1\n` ‖ u32 header length ‖ header JSON ‖ frames. The header holds
 * the vault header (scrypt parameters and the wrapped data key, so the passphrase or recovery
 * key opens it) and a random salt. Each frame is u32 length ‖ AES-256-GCM(nonce ‖ ciphertext ‖
 * tag) under a key derived from the data key, with the header's SHA-256, the frame's index and
 * an end flag as associated data: any altered, removed, reordered or appended byte is refused.
 */
import { createHash, hkdfSync } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../../core/result';
import { open, seal } from './aead';
import type { VaultHeader } from './vault-header';
import { assertHeader } from './vault-header';

/** The first bytes of every backup file. */
export const BACKUP_MAGIC = Buffer.from('CSBACKUP1\n', 'ascii');

/** The longest header or frame accepted when reading (a damaged length must not exhaust memory). */
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** The backup's header as stored. */
export interface BackupHeader {
  app: 'closing-session-backup';
  format: 1;
  createdAt: string;
  salt: string;
  files: number;
  vault: VaultHeader;
}

/** One file carried in a backup: its path inside the vault folder and its (already encrypted) bytes. */
export interface BackupEntry {
  path: string;
  bytes: Buffer;
}

/** Derives the key that seals a backup's frames. */
export function frameKey(dataKey: Uint8Array, header: BackupHeader): Buffer {
  return Buffer.from(
    hkdfSync(
      'sha256',
      dataKey,
      Buffer.from(header.salt, 'base64'),
      'closing-session backup v1',
      32,
    ),
  );
}

function frameAad(headerHash: Buffer, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail[4] = last ? 1 : 0;
  return Buffer.concat([Buffer.from('closing-session:backup-frame:v1:', 'utf8'), headerHash, tail]);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
}

/** Encodes the file's opening bytes (magic, header length, header) and the header's hash. */
export function encodePreamble(header: BackupHeader): { bytes: Buffer; hash: Buffer } {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const bytes = Buffer.concat([BACKUP_MAGIC, u32(json.length), json]);
  return { bytes, hash: createHash('sha256').update(bytes).digest() };
}

/** Seals one frame: a file entry, or the end marker when `entry` is null. */
export function encodeFrame(
  key: Uint8Array,
  headerHash: Buffer,
  index: number,
  entry: BackupEntry | null,
): Buffer {
  const plain = entry
    ? Buffer.concat([
        u32(Buffer.byteLength(entry.path)),
        Buffer.from(entry.path, 'utf8'),
        entry.bytes,
      ])
    : Buffer.from(JSON.stringify({ end: true, frames: index }), 'utf8');
  const sealed = seal(key, plain, frameAad(headerHash, index, entry === null));
  return Buffer.concat([u32(sealed.length), sealed]);
}

function refused(): AppError {
  return new AppError(
    'invalid-input',
    'This backup file is damaged or was changed, so nothing was restored.',
  );
}

async function readExact(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw refused();
  return buffer;
}

/** Reads and checks the preamble; returns the header, its hash and where the frames start. */
export async function readPreamble(
  handle: FileHandle,
): Promise<{ header: BackupHeader; hash: Buffer; offset: number }> {
  const magic = await readExact(handle, 0, BACKUP_MAGIC.length + 4).catch(() => {
    throw new AppError('invalid-input', 'This file is not a Closing Session backup.');
  });
  if (!magic.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC))
    throw new AppError('invalid-input', 'This file is not a Closing Session backup.');
  const length = magic.readUInt32BE(BACKUP_MAGIC.length);
  if (length > MAX_HEADER_BYTES) throw refused();
  const json = await readExact(handle, magic.length, length);
  let header: BackupHeader;
  try {
    header = JSON.parse(json.toString('utf8')) as BackupHeader;
    if (
      header.app !== 'closing-session-backup' ||
      header.format !== 1 ||
      !Number.isInteger(header.files) ||
      typeof header.salt !== 'string'
    )
      throw refused();
    assertHeader(header.vault);
  } catch {
    throw refused();
  }
  const hash = createHash('sha256').update(magic).update(json).digest();
  return { header, hash, offset: magic.length + length };
}

/**
 * Reads every frame in order, authenticating each; calls `onEntry` per file and resolves once
 * the end marker is authenticated and nothing follows it. Any failure is `invalid-input`.
 */
export async function readFrames(
  handle: FileHandle,
  key: Uint8Array,
  hash: Buffer,
  start: number,
  onEntry: (entry: BackupEntry, index: number) => Promise<void>,
): Promise<number> {
  const size = (await handle.stat()).size;
  let offset = start;
  for (let index = 0; ; index += 1) {
    const length = (await readExact(handle, offset, 4)).readUInt32BE(0);
    if (length > MAX_FRAME_BYTES || offset + 4 + length > size) throw refused();
    const sealed = await readExact(handle, offset + 4, length);
    offset += 4 + length;
    let plain: Buffer;
    try {
      plain = open(key, sealed, frameAad(hash, index, false));
    } catch {
      try {
        open(key, sealed, frameAad(hash, index, true));
      } catch {
        throw refused();
      }
      if (offset !== size) throw refused();
      return index;
    }
    const pathLength = plain.readUInt32BE(0);
    if (pathLength > 200 || 4 + pathLength > plain.length) throw refused();
    await onEntry(
      {
        path: plain.subarray(4, 4 + pathLength).toString('utf8'),
        bytes: plain.subarray(4 + pathLength),
      },
      index,
    );
  }
}
