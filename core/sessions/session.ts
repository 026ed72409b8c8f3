import { z } from 'zod';
import { longText, RecordIdSchema } from '../text';

/** The kinds of closing document a client can have. */
export const DOCUMENT_KINDS = ['closing-session', 'closure-letter'] as const;

/** One kind of closing document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where a closing document stands. */
export type DocumentStatus = 'draft' | 'finalized';

/** Input to start a closing document for a client. */
export const SessionCreateInputSchema = z
  .object({
    clientId: RecordIdSchema,
    kind: z.enum(DOCUMENT_KINDS, { error: 'Unknown kind of closing document.' }).default('closing-session'),
  })
  .strict();

/** A key naming a field or talking point of the session's template (never client data). */
export const ContentKeySchema = z
  .string({ error: 'A field key must be text.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, { error: 'Not a valid field key.' });

/** The most fields or ticked points one session may hold. */
export const MAX_CONTENT_KEYS = 5_000;

/**
 * What the runner has filled in: text per template field (keyed by the field's key) and the
 * talking points ticked as covered. The template engine decides what the keys mean.
 */
export const SessionContentSchema = z
  .object({
    values: z
      .record(ContentKeySchema, longText('A field'))
      .refine((v) => Object.keys(v).length <= MAX_CONTENT_KEYS, { error: 'Too many fields in one session.' })
      .default({}),
    ticked: z.array(ContentKeySchema).max(MAX_CONTENT_KEYS, { error: 'Too many ticked points.' }).default([]),
  })
  .strict();

/** A session's filled-in content. */
export type SessionContent = z.output<typeof SessionContentSchema>;

/** Input to autosave a session's content; refused with `conflict` unless `expectedRev` is current. */
export const SessionSaveInputSchema = z
  .object({
    id: RecordIdSchema,
    expectedRev: z.number({ error: 'The revision must be a number.' }).int().min(1),
    content: SessionContentSchema,
  })
  .strict();

/** A closing document as stored. */
export interface Session {
  id: string;
  rev: number;
  clientId: string;
  kind: DocumentKind;
  status: DocumentStatus;
  content: SessionContent;
  createdAt: string;
  updatedAt: string;
}

/** The part of a session a list shows. */
export interface SessionSummary {
  id: string;
  clientId: string;
  kind: DocumentKind;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
}

/** Input naming one session. */
export const SessionIdInputSchema = z.object({ id: RecordIdSchema }).strict();

/** Reduces a session to what lists show. */
export function summarizeSession(session: Session): SessionSummary {
  const { id, clientId, kind, status, createdAt, updatedAt } = session;
  return { id, clientId, kind, status, createdAt, updatedAt };
}

/** A blank session's content. */
export function emptyContent(): SessionContent {
  return { values: {}, ticked: [] };
}
