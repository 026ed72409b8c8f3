import type { RecordAddress, RecordCodec, RecordEnvelope } from '../store/record-codec';
import { assertEnvelope, RECORD_FORMAT } from '../store/record-codec';
import { AuthenticationError, open, seal } from './aead';
import { readFile } from 'node:fs/promises';
import { openFileOffThread } from '../helper-thread';

const MAGIC = Buffer.from('CSR', 'ascii');
const PREFIX_BYTES = MAGIC.length + 1;

/** Associated data binding a record's ciphertext to its id, kind and format version. */
export function recordAad(address: RecordAddress, format: number): Buffer {
  return Buffer.from(`closing-session:record:v${format}:${address.kind}:${address.id}`, 'utf8');
}

/** The envelope in a record's plaintext, which must be of the format its file says. */
function envelopeOf(address: RecordAddress, format: number, plaintext: Buffer): RecordEnvelope {
  const envelope = assertEnvelope(address, JSON.parse(plaintext.toString('utf8')));
  if (envelope.format !== format) throw new Error('Record format mismatch.');
  return envelope;
}

/**
 * The vault's record codec: each record is `CSR` ‖ format byte ‖ AES-256-GCM(nonce ‖ ciphertext ‖ tag)
 * under the data key, with the address and format as associated data, so a record cannot be
 * read, altered, or moved to another id or kind without detection.
 */
export function createRecordCipher(dataKey: Uint8Array): RecordCodec {
  return {
    encode(address: RecordAddress, envelope: RecordEnvelope): Uint8Array {
      const plaintext = Buffer.from(JSON.stringify(envelope), 'utf8');
      const sealed = seal(dataKey, plaintext, recordAad(address, envelope.format));
      plaintext.fill(0);
      return Buffer.concat([MAGIC, Buffer.from([envelope.format]), sealed]);
    },
    decode(address: RecordAddress, bytes: Uint8Array): RecordEnvelope {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (buf.length < PREFIX_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC))
        throw new Error('Not a vault record.');
      const format = buf[MAGIC.length] as number;
      if (format < 1 || format > RECORD_FORMAT) throw new Error('Unknown record format.');
      const plaintext = open(dataKey, buf.subarray(PREFIX_BYTES), recordAad(address, format));
      return envelopeOf(address, format, plaintext);
    },
    async decodeFile(address: RecordAddress, path: string): Promise<RecordEnvelope> {
      const variants = Array.from({ length: RECORD_FORMAT }, (_, i) => ({
        prefix: Buffer.concat([MAGIC, Buffer.from([i + 1])]),
        aad: recordAad(address, i + 1),
      }));
      let opened: Awaited<ReturnType<typeof openFileOffThread>>;
      try {
        opened = await openFileOffThread(path, dataKey, variants);
      } catch {
        // No helper thread (or the file cannot be read: then reading it here says why).
        return this.decode(address, await readFile(path));
      }
      if (!opened) throw new AuthenticationError();
      const { bytes, variant } = opened;
      const plaintext = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return envelopeOf(address, variant + 1, plaintext);
    },
  };
}

const BYTES_MAGIC = Buffer.from('CSB', 'ascii');
const BYTES_FORMAT = 1;

/** Associated data binding sealed bytes to their address (distinct from any record's). */
function bytesAad(address: RecordAddress): Buffer {
  return Buffer.from(
    `closing-session:bytes:v${BYTES_FORMAT}:${address.kind}:${address.id}`,
    'utf8',
  );
}

/**
 * Seals raw bytes (a cache too large to go through JSON) under the data key, bound to an address:
 * `CSB` ‖ format byte ‖ AES-256-GCM(nonce ‖ ciphertext ‖ tag).
 */
export function sealBytes(
  dataKey: Uint8Array,
  address: RecordAddress,
  plaintext: Uint8Array,
): Buffer {
  const sealed = seal(dataKey, plaintext, bytesAad(address));
  return Buffer.concat([BYTES_MAGIC, Buffer.from([BYTES_FORMAT]), sealed]);
}

function checkBytesPrefix(bytes: Uint8Array): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buf.length < PREFIX_BYTES ||
    !buf.subarray(0, BYTES_MAGIC.length).equals(BYTES_MAGIC) ||
    buf[BYTES_MAGIC.length] !== BYTES_FORMAT
  )
    throw new Error('Not sealed bytes of this format.');
  return buf;
}

/** Opens bytes sealed by `sealBytes` at the same address; throws unless key, address and bytes all match. */
export function openBytes(dataKey: Uint8Array, address: RecordAddress, bytes: Uint8Array): Buffer {
  return open(dataKey, checkBytesPrefix(bytes).subarray(PREFIX_BYTES), bytesAad(address));
}

/**
 * Reads and opens a file of bytes sealed by `sealBytes` at this address, on the helper thread (a
 * large cache: the main thread goes on with other work meanwhile; on this thread when there is no
 * helper). Throws unless key, address and bytes all match, or when the file cannot be read.
 */
export async function openBytesFile(
  dataKey: Uint8Array,
  address: RecordAddress,
  path: string,
): Promise<Uint8Array> {
  const prefix = Buffer.concat([BYTES_MAGIC, Buffer.from([BYTES_FORMAT])]);
  const variants = [{ prefix, aad: bytesAad(address) }];
  let opened: Awaited<ReturnType<typeof openFileOffThread>>;
  try {
    opened = await openFileOffThread(path, dataKey, variants);
  } catch {
    // No helper thread (or the file cannot be read: then reading it here says why).
    return openBytes(dataKey, address, await readFile(path));
  }
  if (!opened) throw new AuthenticationError();
  return opened.bytes;
}
