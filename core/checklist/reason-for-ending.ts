/**
 * Why the therapy is ending, recorded on every closing record (the discharge summary shows it).
 * Ethics codes ask for it to be documented and for referrals when the ending is not the
 * client's own choice (APA 10.10, ACA A.11.c, NASW 1.17) — cited, not copied.
 */
import { z } from 'zod';
import { MAX_FIELD_CHARS } from '../text';

/** The reasons a clinician can choose. */
export const REASON_FOR_ENDING_CODES = [
  'goals-met',
  'mutual-agreement',
  'client-choice',
  'stopped-attending',
  'moved',
  'financial-or-insurance',
  'referred-elsewhere',
  'higher-level-of-care',
  'clinician-leaving',
  'ended-by-message',
  'other',
] as const;

/** One reason code. */
export type ReasonForEndingCode = (typeof REASON_FOR_ENDING_CODES)[number];

/** What each reason is called on screen and in the discharge summary. */
export const REASON_FOR_ENDING_LABELS: Readonly<Record<ReasonForEndingCode, string>> = {
  'goals-met': 'Goals met',
  'mutual-agreement': 'Mutual agreement',
  'client-choice': "Client's choice",
  'stopped-attending': 'Client stopped attending',
  moved: 'Client moved',
  'financial-or-insurance': 'Financial or insurance reasons',
  'referred-elsewhere': 'Referred to another service',
  'higher-level-of-care': 'Higher level of care needed',
  'clinician-leaving': 'Clinician leaving',
  'ended-by-message': 'Client ended by message',
  other: 'Other',
};

/** The reason for ending; "other" needs a few words of explanation. */
export const ReasonForEndingSchema = z
  .object({
    code: z.enum(REASON_FOR_ENDING_CODES, { error: 'Choose a reason for ending from the list.' }),
    otherText: z
      .string()
      .max(MAX_FIELD_CHARS, {
        error: `The explanation can be at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters.`,
      })
      .default(''),
  })
  .strict();

/** A recorded reason for ending. */
export type ReasonForEnding = z.output<typeof ReasonForEndingSchema>;

/** True when a reason is complete: chosen, and explained when it is "other". */
export function isReasonComplete(reason: ReasonForEnding | null): boolean {
  return reason !== null && (reason.code !== 'other' || reason.otherText.trim().length > 0);
}

/** The reason in words: its label, or the clinician's explanation for "other". */
export function describeReason(reason: ReasonForEnding): string {
  return reason.code === 'other' && reason.otherText.trim()
    ? `Other: ${reason.otherText.trim()}`
    : REASON_FOR_ENDING_LABELS[reason.code];
}

/** True for endings the client did not take part in planning, which lead to outreach and a closure letter. */
export function isUnplannedEnding(code: ReasonForEndingCode): boolean {
  return code === 'stopped-attending';
}

/** The letters an ending can need besides the handout: a closure, transfer or acknowledgement letter. */
export type EndingLetterKind = 'closure' | 'transfer' | 'acknowledgement';

/** Which letter a reason for ending calls for, or null when none (a planned ending has the handout). */
export function letterForReason(code: ReasonForEndingCode): EndingLetterKind | null {
  if (code === 'stopped-attending') return 'closure';
  if (code === 'clinician-leaving' || code === 'referred-elsewhere') return 'transfer';
  if (code === 'ended-by-message') return 'acknowledgement';
  return null;
}

/** The built-in template each letter starts with. */
export const TEMPLATE_FOR_LETTER: Readonly<Record<EndingLetterKind, string>> = {
  closure: 'unplanned-ending',
  transfer: 'transfer-of-care',
  acknowledgement: 'ended-by-message',
};

/** The built-in template a reason for ending suggests, or null for a planned ending (any template fits). */
export function templateForReason(code: ReasonForEndingCode): string | null {
  const letter = letterForReason(code);
  return letter ? TEMPLATE_FOR_LETTER[letter] : null;
}
