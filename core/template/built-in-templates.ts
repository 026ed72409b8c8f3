/**
 * The built-in templates ship as JSON in resources/templates/ (one file per template). Core
 * cannot import files outside core/ (the core tsconfig includes only core/**\/*.ts), so the
 * services read those files and pass their parsed JSON to `parseBuiltInTemplate`.
 *
 * The well-known item ids below are shared by both built-ins, so the client view, the handout
 * and the discharge summary can find, say, the return policy or the warning signs in any
 * template derived from them. Logic that must work with any template (progress, finalize,
 * safety plan) goes by item kind, never by these ids.
 */
import { AppError } from '../result';
import type { Template } from './template-schema';
import { checkTemplate } from './template-versioning';

/** The ids of the built-in templates, in the order they are offered. */
export const BUILT_IN_TEMPLATE_IDS = [
  'planned-ending',
  'brief-ending',
  'unplanned-ending',
  'transfer-of-care',
  'ended-by-message',
] as const;

/** The template a closure letter (a client who stopped coming) starts with. */
export const UNPLANNED_TEMPLATE_ID = 'unplanned-ending';

/** The template for a clinician leaving or handing care to another clinician or service. */
export const TRANSFER_TEMPLATE_ID = 'transfer-of-care';

/** The template for a client who ended therapy by message. */
export const ENDED_BY_MESSAGE_TEMPLATE_ID = 'ended-by-message';

/** The default template for a new closing session. */
export const DEFAULT_TEMPLATE_ID = 'planned-ending';

/** The file names under resources/templates/ the services load. */
export const BUILT_IN_TEMPLATE_FILES = BUILT_IN_TEMPLATE_IDS.map((id) => `${id}.json`);

/** Item ids that mean the same thing in every built-in template. */
export const WELL_KNOWN_ITEM_IDS = {
  goals: 'goals',
  measures: 'measures',
  whatHelped: 'what-helped',
  achievements: 'achievements',
  strengths: 'strengths',
  ongoingGoals: 'ongoing-goals',
  copingToolkit: 'coping-toolkit',
  warningSigns: 'warning-signs',
  supportPeople: 'support-people',
  riskAtDischarge: 'risk-at-discharge',
  safetyPlan: 'safety-plan',
  referrals: 'referrals',
  crisisLines: 'crisis-lines',
  selfHelp: 'self-help',
  feedbackNotes: 'feedback-notes',
  repairNotes: 'repair-notes',
  returnPolicy: 'return-policy',
  boosterSession: 'booster-session',
  closingNote: 'closing-note',
  futureSelfLetter: 'future-self-letter',
  reasonForEnding: 'reason-for-ending',
  reflection: 'reflection',
} as const;

/** The Transfer of care template's own item ids, which its transfer letter reads. */
export const TRANSFER_ITEM_IDS = {
  receivingName: 'transfer-receiving-name',
  receivingContact: 'transfer-receiving-contact',
  sharedWithConsent: 'transfer-shared-with-consent',
  handoverDate: 'transfer-handover-date',
} as const;

/**
 * Checks one built-in template file's parsed JSON and returns the template, marked built-in.
 * Throws an `internal` AppError when the file is broken: that is a packaging fault, not user input.
 */
export function parseBuiltInTemplate(json: unknown): Template {
  try {
    const template = checkTemplate(json);
    if (!(BUILT_IN_TEMPLATE_IDS as readonly string[]).includes(template.id))
      throw new Error(`unexpected id ${template.id}`);
    return { ...template, builtIn: true };
  } catch (cause) {
    const detail =
      cause instanceof AppError && cause.fields
        ? ` (${Object.entries(cause.fields)[0]?.join(': ')})`
        : '';
    throw new AppError('internal', `A built-in template could not be read${detail}.`);
  }
}
