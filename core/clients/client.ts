import { z } from 'zod';
import { longText, optionalLine, requiredLine, RecordIdSchema } from '../text';
import { HANDOUT_LANGUAGE_CODES } from './languages';

/** What the clinician types to create or edit a client. */
export const ClientInputSchema = z
  .object({
    displayName: requiredLine('Display name'),
    preferredName: optionalLine('Preferred name'),
    pronouns: optionalLine('Pronouns', 60),
    recordCode: optionalLine('Record code', 60),
    language: z.enum(HANDOUT_LANGUAGE_CODES, { error: 'Choose a handout language from the list.' }).default('en'),
    /** The client's country (ISO 3166-1 alpha-2) whose crisis lines the handout carries; '' = the practice's region. */
    region: z
      .string({ error: 'Region must be text.' })
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{2})?$/, { error: 'Region must be a two-letter country code, such as GB.' })
      .default(''),
    /** The clinician's private notes about the client; never in client-facing output. */
    notes: longText('Notes'),
  })
  .strict();

/** A client input as sent by the renderer (defaults not yet applied). */
export type ClientInput = z.input<typeof ClientInputSchema>;

/** A client as stored. Ids and revisions keep records mergeable across computers later. */
export interface Client {
  id: string;
  rev: number;
  displayName: string;
  preferredName: string;
  pronouns: string;
  recordCode: string;
  language: string;
  direction: 'ltr' | 'rtl';
  /** The client's country for crisis lines (ISO 3166-1 alpha-2); '' when neither the clinician nor the practice set one. */
  region: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** Input naming one client. */
export const ClientIdInputSchema = z.object({ id: RecordIdSchema }).strict();
