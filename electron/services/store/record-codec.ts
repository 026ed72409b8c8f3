/** What identifies a stored record; a codec binds its bytes to these so records cannot be swapped. */
export interface RecordAddress {
  kind: string;
  id: string;
}

/** The envelope every stored record carries, whatever the codec. */
export interface RecordEnvelope<T = unknown> {
  /** The record format version, so later versions can migrate old records. */
  format: number;
  kind: string;
  id: string;
  /** Increases by one on every write; two computers writing the same revision is a conflict. */
  rev: number;
  /** The id of the computer that wrote this revision (absent in records written before it was kept). */
  device?: string;
  data: T;
}

/** A computer's id as records carry it: 32 lower-case hex digits, no client data. */
export const DEVICE_ID_PATTERN = /^[0-9a-f]{32}$/;

/** Turns envelopes into file bytes and back. Decoding throws if the bytes are not a valid record. */
export interface RecordCodec {
  encode(address: RecordAddress, envelope: RecordEnvelope): Uint8Array;
  decode(address: RecordAddress, bytes: Uint8Array): RecordEnvelope;
  /** Reads and decodes a whole file, its decryption off the main thread (for a large cache); optional. */
  decodeFile?(address: RecordAddress, path: string): Promise<RecordEnvelope>;
}

/** The current record format version. */
export const RECORD_FORMAT = 1;

/** Checks that decoded content has the envelope's shape and belongs at this address. */
export function assertEnvelope(address: RecordAddress, value: unknown): RecordEnvelope {
  const v = value as Partial<RecordEnvelope> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v.format !== 'number' ||
    v.kind !== address.kind ||
    v.id !== address.id ||
    typeof v.rev !== 'number' ||
    !Number.isInteger(v.rev) ||
    v.rev < 1 ||
    typeof v.data !== 'object' ||
    v.data === null ||
    (v.device !== undefined && !(typeof v.device === 'string' && DEVICE_ID_PATTERN.test(v.device)))
  ) {
    throw new Error('Record envelope does not match its address.');
  }
  if (v.format > RECORD_FORMAT)
    throw new Error('Record was written by a newer version of the app.');
  return v as RecordEnvelope;
}
