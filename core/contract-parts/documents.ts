/** Contract part: PDF documents (handout, discharge summary, closure letter), stored in the vault. */
import { z } from 'zod';
import type { DocumentSummary } from '../documents/document-record';
import { DOCUMENT_OUTPUT_KINDS } from '../documents/document-record';
import { HANDOUT_SECTIONS, LETTER_VARIANTS } from '../handout-model/choices';
import type { OnePageFit } from '../handout-model/one-page';
import { PAGE_SIZES } from '../settings/settings-fields';
import { IsoDateSchema } from '../measures/measure-score';
import { RecordIdSchema } from '../text';
import { method } from './method';

/** The longest closure-letter wording, in characters. */
export const MAX_LETTER_CHARS = 20_000;

const courseText = z
  .string({ error: 'This must be text.' })
  .max(20_000, { error: 'This can be at most 20,000 characters.' })
  .optional();
const courseCount = z
  .number({ error: 'Enter a number.' })
  .int({ error: 'Enter a whole number.' })
  .min(0, { error: 'Enter 0 or more.' })
  .max(10_000)
  .optional();

/** Facts about the course of care the clinician adds to a discharge summary. */
export const CourseOfCareSchema = z
  .object({
    firstSession: IsoDateSchema.optional(),
    lastSession: IsoDateSchema.optional(),
    attended: courseCount,
    missed: courseCount,
    presentingConcerns: courseText,
    services: courseText,
  })
  .strict();

/** How a document is made: page size, the one-page handout's parts, the letter's variant and wording. */
export const DocumentOptionsSchema = z
  .object({
    pageSize: z.enum(PAGE_SIZES, { error: 'Page size must be A4 or Letter.' }).optional(),
    sections: z
      .array(z.enum(HANDOUT_SECTIONS, { error: 'Unknown part of the handout.' }))
      .max(HANDOUT_SECTIONS.length)
      .optional(),
    variant: z
      .enum(LETTER_VARIANTS, { error: 'Choose the minimal or the clinical letter.' })
      .optional(),
    course: CourseOfCareSchema.optional(),
    text: z
      .string({ error: 'The letter must be text.' })
      .max(MAX_LETTER_CHARS, {
        error: `The letter can be at most ${MAX_LETTER_CHARS.toLocaleString('en')} characters.`,
      })
      .optional(),
  })
  .strict();

/** Input to make and store a document for a session. */
export const DocumentExportInputSchema = z
  .object({
    sessionId: RecordIdSchema,
    kind: z.enum(DOCUMENT_OUTPUT_KINDS, { error: 'Unknown kind of document.' }),
    options: DocumentOptionsSchema.default({}),
  })
  .strict();

/** Input asking how a one-page handout with these parts fits its page (the session's defaults when no parts are given). */
export const OnePageFitInputSchema = z
  .object({
    sessionId: RecordIdSchema,
    sections: z
      .array(z.enum(HANDOUT_SECTIONS, { error: 'Unknown part of the handout.' }))
      .max(HANDOUT_SECTIONS.length)
      .optional(),
    pageSize: z.enum(PAGE_SIZES, { error: 'Page size must be A4 or Letter.' }).optional(),
  })
  .strict();

/** Input naming a session. */
export const DocumentSessionInputSchema = z.object({ sessionId: RecordIdSchema }).strict();

/** Input naming a stored document. */
export const DocumentIdInputSchema = z.object({ documentId: RecordIdSchema }).strict();

/** Input asking for a closure letter's wording. */
export const LetterTextInputSchema = z
  .object({ sessionId: RecordIdSchema, variant: z.enum(LETTER_VARIANTS) })
  .strict();

/** A stored PDF for the preview: base64 bytes plus what the list shows. */
export interface DocumentPdf {
  document: DocumentSummary;
  /** The PDF, base64 (plain data that crosses IPC as one string). */
  base64: string;
}

/** What "Save a copy as…" did. */
export type SaveCopyOutcome = { saved: false } | { saved: true; fileName: string };

/** What re-export found: the same bytes as stored, or a new document because the session changed. */
export interface RegenerateOutcome {
  identical: boolean;
  document: DocumentSummary;
}

/** A closure letter's wording and what its placeholders stand for. */
export interface LetterText {
  text: string;
  /** True when this is the variant's default wording (no letter stored yet). */
  isDefault: boolean;
  /** The variant's default wording in the client's language (what "restore" puts back). */
  defaultText: string;
  values: Record<string, string>;
}

/** The documents methods. */
export const documentMethods = {
  /** Makes the PDF and stores it in the vault, linked to the session; returns what the list shows. */
  'documents.export': method<typeof DocumentExportInputSchema, DocumentSummary>(
    DocumentExportInputSchema,
  ),
  /** How the one-page handout with these parts fits one page, and exactly what is left out, before it is made. */
  'documents.onePageFit': method<typeof OnePageFitInputSchema, OnePageFit>(OnePageFitInputSchema),
  /** The session's stored documents, newest first. */
  'documents.list': method<typeof DocumentSessionInputSchema, DocumentSummary[]>(
    DocumentSessionInputSchema,
  ),
  /** The stored PDF bytes, for the in-app preview. */
  'documents.getPdf': method<typeof DocumentIdInputSchema, DocumentPdf>(DocumentIdInputSchema),
  /** Asks where to save a plaintext copy (default name without client data) and writes it there. */
  'documents.saveCopy': method<typeof DocumentIdInputSchema, SaveCopyOutcome>(
    DocumentIdInputSchema,
  ),
  /** Makes a stored document again from its session with its stored options and date. */
  'documents.regenerate': method<typeof DocumentIdInputSchema, RegenerateOutcome>(
    DocumentIdInputSchema,
  ),
  /** The closure letter's wording: the last one stored for the session, else the variant's default. */
  'documents.letterText': method<typeof LetterTextInputSchema, LetterText>(LetterTextInputSchema),
} as const;
