/**
 * How the archive index keeps each document in memory: what filters, sorting and result rows
 * need as plain fields, and the text (goals, notes, …) as UTF-8 bytes, read back only for the
 * documents on the page being shown (for their snippets). Text kept as JS strings would cost two
 * bytes a character for any note with a curly quote or a non-Latin letter, plus an object per
 * item; with 100,000 sessions that alone would be several hundred megabytes.
 */
import {
  TEXT_FIELDS,
  type DocumentMeta,
  type SearchDocument,
  type SearchReferral,
} from './search-document';

/** A document as the index keeps it: its plain fields and its text, encoded. */
export type PackedDocument = DocumentMeta & {
  /** The text fields as UTF-8 JSON (see `packDocument`), through the index's text codec. */
  readonly text: Uint8Array;
};

/**
 * How the index keeps text bytes: as they are, or compressed by a codec the runtime provides
 * (core has no compressor of its own). `id` is stored with a snapshot, so a snapshot is never
 * read back with another codec.
 */
export interface TextCodec {
  readonly id: string;
  encode(bytes: Uint8Array): Uint8Array;
  decode(bytes: Uint8Array): Uint8Array;
}

/** Text kept as its UTF-8 bytes. */
export const PLAIN_TEXT: TextCodec = Object.freeze({
  id: 'plain',
  encode: (bytes: Uint8Array) => bytes,
  decode: (bytes: Uint8Array) => bytes,
});

type TextTuple = [
  goals: string[],
  achievements: string[],
  plan: string[],
  referrals: [name: string, kind: string][],
  notes: string[],
  clinicianNotes: string[],
  privateReflection: string[],
];

// Core is built without DOM or Node types; every runtime it runs in (Node, Electron, the
// browser) has these two globals.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The plain fields of a document (without its text). */
export function documentMeta(doc: DocumentMeta): DocumentMeta {
  return {
    sessionId: doc.sessionId,
    clientId: doc.clientId,
    clientDisplayName: doc.clientDisplayName,
    preferredName: doc.preferredName,
    recordCode: doc.recordCode,
    kind: doc.kind,
    status: doc.status,
    templateId: doc.templateId,
    templateName: doc.templateName,
    reasonCode: doc.reasonCode,
    reasonText: doc.reasonText,
    date: doc.date,
    updatedAt: doc.updatedAt,
    finalizedAt: doc.finalizedAt,
  };
}

/** The text fields of a document as the bytes the index keeps. */
export function encodeText(doc: SearchDocument): Uint8Array {
  const tuple: TextTuple = [
    doc.goals,
    doc.achievements,
    doc.plan,
    doc.referrals.map((r) => [r.name, r.kind]),
    doc.notes,
    doc.clinicianNotes,
    doc.privateReflection,
  ];
  return encoder.encode(JSON.stringify(tuple));
}

/** A document packed for keeping in memory (a copy: nothing of `doc` is shared). */
export function packDocument(doc: SearchDocument, codec: TextCodec = PLAIN_TEXT): PackedDocument {
  return { ...documentMeta(doc), text: codec.encode(encodeText(doc)) };
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new Error('A packed document has text of the wrong shape.');
  return value as string[];
}

function referrals(value: unknown): SearchReferral[] {
  if (!Array.isArray(value)) throw new Error('A packed document has referrals of the wrong shape.');
  return value.map((pair) => {
    const [name, kind] = strings(pair);
    if (name === undefined || kind === undefined)
      throw new Error('A packed document has a referral of the wrong shape.');
    return { name, kind };
  });
}

/** The whole document again (a fresh copy); throws when the text bytes are damaged. */
export function unpackDocument(
  packed: PackedDocument,
  codec: TextCodec = PLAIN_TEXT,
): SearchDocument {
  const tuple = JSON.parse(decoder.decode(codec.decode(packed.text))) as unknown;
  if (!Array.isArray(tuple) || tuple.length !== TEXT_FIELDS.length)
    throw new Error('A packed document has text of the wrong shape.');
  return {
    ...documentMeta(packed),
    goals: strings(tuple[0]),
    achievements: strings(tuple[1]),
    plan: strings(tuple[2]),
    referrals: referrals(tuple[3]),
    notes: strings(tuple[4]),
    clinicianNotes: strings(tuple[5]),
    privateReflection: strings(tuple[6]),
  };
}
