import type { RecordAddress, RecordCodec, RecordEnvelope } from '../store/record-codec';
import { assertEnvelope, RECORD_FORMAT } from '../store/record-codec';
import { open, seal } from './aead';

const MAGIC = Buffer.from('CSR', 'ascii');
const PREFIX_BYTES = MAGIC.length + 1;

/** Associated data binding a record's ciphertext to its id, kind and format version. */
export function recordAad(address: RecordAddress, format: number): Buffer {
  return Buffer.from(`closing-session:record:v${format}:${address.kind}:${address.id}`, 'utf8');
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
      const envelope = assertEnvelope(address, JSON.parse(plaintext.toString('utf8')));
      if (envelope.format !== format) throw new Error('Record format mismatch.');
      return envelope;
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

/** Opens bytes sealed by `sealBytes` at the same address; throws unless key, address and bytes all match. */
export function openBytes(dataKey: Uint8Array, address: RecordAddress, bytes: Uint8Array): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buf.length < PREFIX_BYTES ||
    !buf.subarray(0, BYTES_MAGIC.length).equals(BYTES_MAGIC) ||
    buf[BYTES_MAGIC.length] !== BYTES_FORMAT
  )
    throw new Error('Not sealed bytes of this format.');
  return open(dataKey, buf.subarray(PREFIX_BYTES), bytesAad(address));
}
