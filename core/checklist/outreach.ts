/**
 * The outreach log for an unplanned ending (the client stopped coming): each attempt to reach
 * them, so the record shows reasonable efforts before closing (ACA A.11.c, NASW 1.17(b) on not
 * abandoning clients; cited, not copied). The closure letter and discharge summary use it.
 */
import { z } from 'zod';
import { EntryIdSchema, IsoDateSchema } from '../measures/measure-score';
import { MAX_FIELD_CHARS } from '../text';

/** How the clinician tried to reach the client. */
export const OUTREACH_METHODS = [
  'phone',
  'text-message',
  'email',
  'letter',
  'patient-portal',
  'other',
] as const;

/** How each method is shown. */
export const OUTREACH_METHOD_LABELS: Readonly<Record<(typeof OUTREACH_METHODS)[number], string>> = {
  phone: 'Phone call',
  'text-message': 'Text message',
  email: 'Email',
  letter: 'Letter',
  'patient-portal': 'Client portal message',
  other: 'Other',
};

/** What came of an attempt. */
export const OUTREACH_OUTCOMES = [
  'no-answer',
  'left-message',
  'spoke-with-client',
  'client-replied',
  'could-not-deliver',
  'other',
] as const;

/** How each outcome is shown. */
export const OUTREACH_OUTCOME_LABELS: Readonly<Record<(typeof OUTREACH_OUTCOMES)[number], string>> =
  {
    'no-answer': 'No answer',
    'left-message': 'Left a message',
    'spoke-with-client': 'Spoke with the client',
    'client-replied': 'The client replied',
    'could-not-deliver': 'Could not be delivered',
    other: 'Other',
  };

/** Whether the client had agreed to be contacted this way (checked before each attempt). */
export const OUTREACH_CONSENT = ['agreed', 'not-agreed', 'not-on-file'] as const;

/** How each consent answer is shown. */
export const OUTREACH_CONSENT_LABELS: Readonly<Record<(typeof OUTREACH_CONSENT)[number], string>> =
  {
    agreed: 'Yes, agreed to this channel',
    'not-agreed': 'No',
    'not-on-file': 'Not on file',
  };

/** One attempt to reach the client. */
export const OutreachEntrySchema = z
  .object({
    id: EntryIdSchema,
    date: IsoDateSchema,
    method: z.enum(OUTREACH_METHODS, { error: 'Choose how you reached out.' }),
    outcome: z.enum(OUTREACH_OUTCOMES, { error: 'Choose what happened.' }),
    /** Consent to the channel; absent in attempts recorded before it was asked (they verify unchanged). */
    consent: z
      .enum(OUTREACH_CONSENT, { error: 'Say whether the client agreed to this channel.' })
      .optional(),
    note: z
      .string()
      .max(MAX_FIELD_CHARS, {
        error: `A note can be at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters.`,
      })
      .default(''),
  })
  .strict();

/** One recorded outreach attempt. */
export type OutreachEntry = z.output<typeof OutreachEntrySchema>;

/** The most outreach attempts one record keeps. */
export const MAX_OUTREACH_ENTRIES = 100;
