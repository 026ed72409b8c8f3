import { z } from 'zod';
import { RecordIdSchema } from '../text';

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

/** A closing document as stored. */
export interface Session {
  id: string;
  rev: number;
  clientId: string;
  kind: DocumentKind;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
}

/** The part of a session a list shows. */
export interface SessionSummary {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
}

/** Input naming one session. */
export const SessionIdInputSchema = z.object({ id: RecordIdSchema }).strict();

/** Reduces a session to what lists show. */
export function summarizeSession(session: Session): SessionSummary {
  const { id, kind, status, createdAt, updatedAt } = session;
  return { id, kind, status, createdAt, updatedAt };
}
