/**
 * A recorded score on a measure, with its date and (for the built-ins) optional item-level
 * answers. Out-of-range scores are refused by the schema for built-in measures, and by
 * `scoreProblem` for clinician-defined ones, so invalid numbers never reach the record.
 */
import { z } from 'zod';
import type { MeasureDefinition } from './measure-definition';
import { MeasureIdSchema } from './measure-definition';
import { findMeasure } from './built-in-measures';

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string({ error: 'A date must be text.' })
  .refine(isIsoDate, { error: 'Enter a real date as YYYY-MM-DD.' });

/** An entry id chosen by the renderer (for list keys and stable ordering). */
export const EntryIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Not a valid entry id.' });

/** The fields of a score before its range is checked. */
const ScoreShape = z
  .object({
    id: EntryIdSchema,
    measureId: MeasureIdSchema,
    date: IsoDateSchema,
    score: z
      .number({ error: 'A score must be a number.' })
      .finite({ error: 'A score must be a number.' }),
    /** Item-level answers in item order; null for an item not recorded. Built-in measures only. */
    itemScores: z.array(z.number().int().nullable()).max(50).optional(),
    /**
     * Items the clinician marks as not asked (1-based item numbers), so "not asked" is recorded
     * apart from an answer of 0 (PHQ-9 item 9 above all). Built-in measures only.
     */
    notAsked: z.array(z.number().int().min(1).max(50)).max(50).optional(),
  })
  .strict();

/** A recorded score. */
export type MeasureScore = z.infer<typeof ScoreShape>;

/**
 * Explains what is wrong with a score for a given measure, or returns null when it is valid:
 * within the range, whole when the measure needs whole numbers, item answers within range and
 * consistent with the total.
 */
export function scoreProblem(
  def: MeasureDefinition,
  s: Pick<MeasureScore, 'score' | 'itemScores' | 'notAsked'>,
): string | null {
  if (s.score < def.min || s.score > def.max)
    return `${def.shortName} scores run from ${def.min} to ${def.max}.`;
  if (def.integer && !Number.isInteger(s.score))
    return `${def.shortName} scores are whole numbers.`;
  for (const n of s.notAsked ?? []) {
    if (n > def.itemCount) return `${def.shortName} has no item ${n}.`;
    if ((s.itemScores?.[n - 1] ?? null) !== null)
      return `${def.shortName} item ${n} cannot be both answered and not asked.`;
  }
  if (s.itemScores === undefined) return null;
  if (def.itemCount === 0) return `${def.shortName} is recorded as a total only.`;
  if (s.itemScores.length !== def.itemCount) return `${def.shortName} has ${def.itemCount} items.`;
  let known = 0;
  let all = true;
  for (const v of s.itemScores) {
    if (v === null) {
      all = false;
      continue;
    }
    if (v < 0 || v > def.itemMax)
      return `Each ${def.shortName} item scores from 0 to ${def.itemMax}.`;
    known += v;
  }
  if (all && known !== s.score)
    return `The ${def.shortName} items add up to ${known}, not ${s.score}.`;
  if (!all && known > s.score)
    return `The recorded ${def.shortName} items already add up to more than ${s.score}.`;
  return null;
}

/**
 * A score as sent by the renderer. Built-in measures are checked here (so an out-of-range PHQ-9
 * or GAD-7 fails input parsing with `invalid-input`); other ids are checked against the
 * session's custom measures when the update is applied.
 */
export const MeasureScoreSchema = ScoreShape.superRefine((s, ctx) => {
  const def = findMeasure(s.measureId);
  if (!def) return;
  const problem = scoreProblem(def, s);
  if (problem) ctx.addIssue({ code: 'custom', path: ['score'], message: problem });
});

/** Returns one item's recorded answer (1-based item number), or null when it was not recorded. */
export function itemScore(s: MeasureScore, itemNumber: number): number | null {
  return s.itemScores?.[itemNumber - 1] ?? null;
}

/** What was recorded for one item: its answer, "not-asked" when marked so, or null when nothing was recorded. */
export function itemRecord(s: MeasureScore, itemNumber: number): number | 'not-asked' | null {
  const value = itemScore(s, itemNumber);
  if (value !== null) return value;
  return s.notAsked?.includes(itemNumber) ? 'not-asked' : null;
}

/** Orders scores oldest first; scores on the same day keep the order they were entered in. */
export function sortByDate<T extends { date: string }>(scores: readonly T[]): T[] {
  return scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i))
    .map((x) => x.s);
}
