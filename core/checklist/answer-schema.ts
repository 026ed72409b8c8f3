/**
 * What the clinician records against one template item. One flexible shape serves every item
 * kind; which fields an item may use depends on its kind (see `ALLOWED_ANSWER_FIELDS`), and
 * `applyUpdate` refuses the rest.
 *
 * Text limits: every free-text field holds up to MAX_FIELD_CHARS (200,000) UTF-16 code units
 * (core/text.ts), so a 100,000-character paste fits — even of emoji, which take two units each.
 * Text is kept exactly as typed: no trimming, no Unicode normalisation. Past the limit the
 * schema's message names the limit.
 */
import { z } from 'zod';
import type { CrisisLine } from '../crisis-lines/crisis-line-schema';
import { CONTACT_METHODS } from '../crisis-lines/crisis-line-schema';
import { EntryIdSchema, MeasureScoreSchema } from '../measures/measure-score';
import { MAX_FIELD_CHARS } from '../text';
import type { ItemKind } from '../template/template-schema';
import { SlugIdSchema } from '../template/template-schema';

/** A free-text field of the session record, kept exactly, bounded by MAX_FIELD_CHARS. */
export const fieldText = z.string({ error: 'This must be text.' }).max(MAX_FIELD_CHARS, {
  error: `This field can hold up to ${MAX_FIELD_CHARS.toLocaleString('en')} characters.`,
});

/** Row and entry limits of the record (documented for the UI). */
export const CONTENT_LIMITS = {
  listEntries: 100,
  goals: 30,
  scores: 200,
  referrals: 50,
  crisisLines: 30,
  safetyPlanEntries: 30,
} as const;

/** One row of a list item, with a value per column id. */
export const ListEntrySchema = z
  .object({ id: EntryIdSchema, values: z.record(SlugIdSchema, fieldText) })
  .strict();

/** One list row. */
export type ListEntry = z.output<typeof ListEntrySchema>;

const rating = z
  .number({ error: 'A rating must be a number.' })
  .int({ error: 'A rating is a whole number.' })
  .min(0, { error: 'Ratings run from 0 to 10.' })
  .max(10, { error: 'Ratings run from 0 to 10.' })
  .nullable();

/** One goal: where it started and where it is now (0–10), in the client's words, with a first step. */
export const GoalRowSchema = z
  .object({
    id: EntryIdSchema,
    goal: fieldText,
    start: rating.default(null),
    now: rating.default(null),
    clientWords: fieldText.default(''),
    firstStep: fieldText.default(''),
  })
  .strict();

/** One goal row. */
export type GoalRow = z.output<typeof GoalRowSchema>;

/** A referral as it was when picked from the directory (later directory edits do not change it). */
export const ReferralSnapshotSchema = z
  .object({
    id: EntryIdSchema,
    /** The directory record it came from, if any. */
    referralId: z.string().max(64).nullable().default(null),
    name: fieldText,
    kind: fieldText.default(''),
    phone: fieldText.default(''),
    web: fieldText.default(''),
    address: fieldText.default(''),
    /** A note for the client about this referral (why, what to expect). */
    note: fieldText.default(''),
  })
  .strict();

/** One referral snapshot. */
export type ReferralSnapshot = z.output<typeof ReferralSnapshotSchema>;

/**
 * A crisis line as shown to the client at the time: the client-facing fields of a listed line
 * (core/crisis-lines), kept so a past handout re-exports unchanged after the list is updated.
 */
export const CrisisLineSnapshotSchema = z
  .object({
    id: EntryIdSchema,
    name: fieldText,
    how: z.array(z.enum(CONTACT_METHODS)).max(CONTACT_METHODS.length).default([]),
    contact: fieldText.default(''),
    instructions: fieldText.default(''),
    hours: fieldText.default(''),
    region: fieldText.default(''),
    emergency: z.boolean().default(false),
  })
  .strict();

/** One crisis line snapshot. */
export type CrisisLineSnapshot = z.output<typeof CrisisLineSnapshotSchema>;

/** Takes the client-facing fields of a listed crisis line, ready to store in a session. */
export function snapshotCrisisLine(
  line: Pick<
    CrisisLine,
    'id' | 'name' | 'how' | 'contact' | 'instructions' | 'hours' | 'region' | 'emergency'
  >,
): CrisisLineSnapshot {
  const { id, name, how, contact, instructions, hours, region, emergency } = line;
  return { id, name, how: [...how], contact, instructions, hours, region, emergency };
}

const steps = z.array(fieldText).max(CONTENT_LIMITS.safetyPlanEntries).default([]);

/**
 * A safety plan, step by step, after the Stanley & Brown (2012) safety planning model (cited,
 * not copied; step names are our own words, see SAFETY_PLAN_STEPS).
 */
export const SafetyPlanSchema = z
  .object({
    warningSigns: steps,
    copingAlone: steps,
    distractions: steps,
    askForHelp: steps,
    professionals: steps,
    saferSurroundings: steps,
    reasonsForLiving: steps,
  })
  .strict();

/** A safety plan. */
export type SafetyPlan = z.output<typeof SafetyPlanSchema>;

/** One answer: every field optional; which ones an item may use depends on its kind. */
export const ItemAnswerSchema = z
  .object({
    covered: z.boolean().optional(),
    text: fieldText.optional(),
    entries: z.array(ListEntrySchema).max(CONTENT_LIMITS.listEntries).optional(),
    goals: z.array(GoalRowSchema).max(CONTENT_LIMITS.goals).optional(),
    scores: z.array(MeasureScoreSchema).max(CONTENT_LIMITS.scores).optional(),
    referrals: z.array(ReferralSnapshotSchema).max(CONTENT_LIMITS.referrals).optional(),
    crisisLines: z.array(CrisisLineSnapshotSchema).max(CONTENT_LIMITS.crisisLines).optional(),
    safetyPlan: SafetyPlanSchema.optional(),
    /** This session's "include in handout" choice; null or absent follows the template default. */
    inHandout: z.boolean().nullable().optional(),
  })
  .strict();

/** One item's answer. */
export type ItemAnswer = z.output<typeof ItemAnswerSchema>;

/** An answer field name. */
export type AnswerField = keyof ItemAnswer;

/** Which answer fields each item kind may use (`inHandout` is allowed on every kind). */
export const ALLOWED_ANSWER_FIELDS: Readonly<Record<ItemKind, readonly AnswerField[]>> = {
  'talking-point': ['covered', 'text'],
  'short-text': ['text'],
  'long-text': ['text'],
  list: ['entries'],
  'goal-table': ['goals'],
  measures: ['scores'],
  'referral-picker': ['referrals', 'covered'],
  'crisis-lines': ['crisisLines', 'covered'],
  'safety-plan': ['safetyPlan'],
  'reason-for-ending': [],
  'risk-at-discharge': [],
};
