/**
 * A closing document as stored: which client it belongs to, the template snapshot it is run
 * with, what the clinician recorded (core/checklist `SessionContent`) and whether it is
 * finalized (core/checklist `Finalization`). The status lists show is derived from the
 * finalization, never stored on its own.
 */
import { z } from 'zod';
import type { Finalization, SessionContent, Verification } from '../checklist';
import type { CheckIn } from '../checklist/check-in';
import { AmendmentInputSchema, ContentChangeSchema } from '../checklist/content-update';
import type { ReasonForEndingCode } from '../checklist/reason-for-ending';
import type { Template } from '../template/template-schema';
import { SlugIdSchema } from '../template/template-schema';
import { RecordIdSchema } from '../text';

/** The kinds of closing document a client can have. */
export const DOCUMENT_KINDS = ['closing-session', 'closure-letter'] as const;

/** One kind of closing document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where a closing document stands. */
export type DocumentStatus = 'draft' | 'finalized';

/** Input to start a closing document for a client, optionally with a chosen template. */
export const SessionCreateInputSchema = z
  .object({
    clientId: RecordIdSchema,
    kind: z
      .enum(DOCUMENT_KINDS, { error: 'Unknown kind of closing document.' })
      .default('closing-session'),
    templateId: SlugIdSchema.optional(),
  })
  .strict();

/** The most changes one autosave may carry. */
export const MAX_CHANGES_PER_UPDATE = 100;

/**
 * Input to change a session's content (autosave). Refused with `conflict` unless `expectedRev`
 * is current, and for a finalized session unless it carries an amendment with a reason.
 */
export const SessionUpdateInputSchema = z
  .object({
    id: RecordIdSchema,
    expectedRev: z.number({ error: 'The revision must be a number.' }).int().min(1),
    changes: z
      .array(ContentChangeSchema)
      .min(1, { error: 'Nothing to change.' })
      .max(MAX_CHANGES_PER_UPDATE),
    amendment: AmendmentInputSchema.optional(),
  })
  .strict();

/** Input to finalize a session at a known revision. */
export const SessionFinalizeInputSchema = z
  .object({
    id: RecordIdSchema,
    expectedRev: z.number({ error: 'The revision must be a number.' }).int().min(1),
  })
  .strict();

/** Input naming one session. */
export const SessionIdInputSchema = z.object({ id: RecordIdSchema }).strict();

/** A closing document as stored in the vault. */
export interface SessionRecord {
  id: string;
  rev: number;
  clientId: string;
  kind: DocumentKind;
  /** The template exactly as it was when the session started. */
  template: Template;
  content: SessionContent;
  finalization: Finalization;
  createdAt: string;
  updatedAt: string;
}

/** A closing document as the renderer receives it: the record plus its derived status. */
export interface Session extends SessionRecord {
  status: DocumentStatus;
}

/** The part of a session a list shows (no client-written text). */
export interface SessionSummary {
  id: string;
  clientId: string;
  kind: DocumentKind;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
  templateId: string;
  templateName: string;
  finalizedAt: string | null;
  reasonForEnding: ReasonForEndingCode | null;
  /** The agreed follow-up (date and kind only); absent in summaries indexed before it existed. */
  checkIn?: CheckIn | null;
}

/** What `sessions.verify` answers. */
export type SessionVerification = Verification;

/** Adds the derived status to a stored record. */
export function toSession(record: SessionRecord): Session {
  return { ...record, status: record.finalization.status };
}

/** Reduces a session record to what lists show. */
export function summarizeSession(record: SessionRecord): SessionSummary {
  const { id, clientId, kind, createdAt, updatedAt } = record;
  return {
    id,
    clientId,
    kind,
    status: record.finalization.status,
    createdAt,
    updatedAt,
    templateId: record.template.id,
    templateName: record.template.name,
    finalizedAt: record.finalization.finalizedAt,
    reasonForEnding: record.content.reasonForEnding?.code ?? null,
    checkIn: record.content.checkIn ?? null,
  };
}
