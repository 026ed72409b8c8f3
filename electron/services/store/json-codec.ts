import type { RecordAddress, RecordCodec, RecordEnvelope } from './record-codec';
import { assertEnvelope } from './record-codec';

/**
 * Plain JSON records. Only for tests of the store mechanics and for non-client data; client
 * records go through the vault's encrypting codec.
 */
export const jsonCodec: RecordCodec = {
  encode(_address: RecordAddress, envelope: RecordEnvelope): Uint8Array {
    return Buffer.from(JSON.stringify(envelope), 'utf8');
  },
  decode(address: RecordAddress, bytes: Uint8Array): RecordEnvelope {
    return assertEnvelope(address, JSON.parse(Buffer.from(bytes).toString('utf8')));
  },
};
