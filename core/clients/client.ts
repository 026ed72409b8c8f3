import { z } from 'zod';
import { longText, optionalLine, requiredLine, RecordIdSchema } from '../text';
import { COMPLETE_HANDOUT_LANGUAGES } from '../handout-i18n/complete-languages';
import { HANDOUT_LANGUAGE_CODES } from './languages';

/** A client's age group, for suggesting crisis lines. */
export const AGE_GROUPS = ['adult', 'youth'] as const;
/** One age group. */
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** What the clinician types to create or edit a client. */
export const ClientInputSchema = z
  .object({
    displayName: requiredLine('Display name'),
    preferredName: optionalLine('Preferred name'),
    pronouns: optionalLine('Pronouns', 60),
    recordCode: optionalLine('Record code', 60),
    language: z
      .enum(HANDOUT_LANGUAGE_CODES, { error: 'Choose a handout language from the list.' })
      .default('en'),
    /** The client's country (ISO 3166-1 alpha-2) whose crisis lines the handout carries; '' = the practice's region. */
    region: z
      .string({ error: 'Region must be text.' })
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{2})?$/, { error: 'Region must be a two-letter country code, such as GB.' })
      .default(''),
    /** Adult or young person: which crisis lines are suggested for the client. */
    ageGroup: z
      .enum(AGE_GROUPS, { error: 'Age group must be adult or young person.' })
      .default('adult'),
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
  /** Adult or young person, for suggested crisis lines; absent on clients created before it was asked (read as adult). */
  ageGroup?: AgeGroup;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** Input naming one client. */
export const ClientIdInputSchema = z.object({ id: RecordIdSchema }).strict();

/**
 * Input changing one client's handout language; only languages whose catalogue is complete
 * (the picker offers no others). The discharge summary stays in the clinician's language.
 */
export const ClientHandoutLanguageInputSchema = z
  .object({
    id: RecordIdSchema,
    language: z
      .string({ error: 'Choose a handout language from the list.' })
      .refine((code) => COMPLETE_HANDOUT_LANGUAGES.includes(code), {
        error: 'Choose a handout language whose wording is complete.',
      }),
  })
  .strict();
