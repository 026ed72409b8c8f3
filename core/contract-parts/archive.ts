/** Contract part: archive lookup (search the closing documents, open one, clients without one). */
import { z } from 'zod';
import type { Client } from '../clients/client';
import { REASON_FOR_ENDING_CODES } from '../checklist/reason-for-ending';
import type { ArchiveSearchResult, FilterOptions, IndexProgress } from '../search';
import type { Session } from '../sessions/session';
import { DOCUMENT_KINDS } from '../sessions/session';
import { SlugIdSchema } from '../template/template-schema';
import { RecordIdSchema } from '../text';
import { method, NoInput } from './method';

const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'A date is written YYYY-MM-DD.' });

/** The filters an archive search may carry (every list empty or absent means "any"). */
export const ArchiveFiltersSchema = z
  .object({
    dateFrom: DaySchema.optional(),
    dateTo: DaySchema.optional(),
    status: z
      .array(z.enum(['draft', 'finalized']))
      .max(2)
      .optional(),
    kind: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length).optional(),
    templateId: z.array(SlugIdSchema).max(50).optional(),
    reasonCode: z
      .array(z.enum(REASON_FOR_ENDING_CODES).nullable())
      .max(REASON_FOR_ENDING_CODES.length + 1)
      .optional(),
    clientId: z.array(RecordIdSchema).max(50).optional(),
  })
  .strict();

/** One archive search, as typed: text (may be empty to list), filters, order and page. */
export const ArchiveSearchInputSchema = z
  .object({
    text: z
      .string()
      .max(1000, { error: 'The search can be at most 1,000 characters.' })
      .default(''),
    filters: ArchiveFiltersSchema.default({}),
    sort: z.enum(['relevance', 'date', 'name']).optional(),
    limit: z.number().int().min(1).max(200).default(30),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

/** Input naming one archived document. */
export const ArchiveDocumentInputSchema = z.object({ sessionId: RecordIdSchema }).strict();

/** A document opened from the archive: the session in full with its client. */
export interface ArchiveDocument {
  session: Session;
  client: Client;
}

/** A client who has no closing session yet (a closure letter may be what they need). */
export interface ClientWithoutEnding {
  client: Client;
  /** The id of their closure letter, if one was started; null otherwise. */
  closureLetterId: string | null;
}

/** The archive methods. */
export const archiveMethods = {
  /** Searches (or, for empty text, lists) the closing documents; usable while indexing runs. */
  'archive.search': method<typeof ArchiveSearchInputSchema, ArchiveSearchResult>(
    ArchiveSearchInputSchema,
  ),
  /** Where indexing stands ("Indexing 4,312 of 10,000"). */
  'archive.progress': method<typeof NoInput, IndexProgress>(NoInput),
  /** The choices the filters can offer (templates, reasons, statuses, kinds, first and last day). */
  'archive.filterOptions': method<typeof NoInput, FilterOptions>(NoInput),
  /** One document in full, with its client, for the read-only document view. */
  'archive.document': method<typeof ArchiveDocumentInputSchema, ArchiveDocument>(
    ArchiveDocumentInputSchema,
  ),
  /** Clients with no closing session (no document, or only a closure letter), by name. */
  'archive.clientsWithoutEnding': method<typeof NoInput, ClientWithoutEnding[]>(NoInput),
} as const;
