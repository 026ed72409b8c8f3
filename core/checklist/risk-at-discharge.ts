/**
 * Risk at discharge: a dated, required judgement of the client's risk at the last contact, with
 * the level and what it rests on. It replaces a silent "No": a record either says when risk was
 * assessed and what was found, or it cannot be finalized (when its template asks for it).
 * Moderate or high risk makes the safety plan required, as a positive PHQ-9 item 9 does.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../measures/measure-score';
import { MAX_FIELD_CHARS } from '../text';

/** The levels a clinician can record. */
export const RISK_LEVELS = ['none', 'low', 'moderate', 'high'] as const;

/** One risk level. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** How each level is shown on screen and in the discharge summary. */
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  none: 'No risk identified',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};

/** The recorded assessment: when, what level, and the clinician's note (what it rests on, what was done). */
export const RiskAtDischargeSchema = z
  .object({
    date: IsoDateSchema,
    level: z.enum(RISK_LEVELS, { error: 'Choose a risk level.' }),
    note: z
      .string()
      .max(MAX_FIELD_CHARS, {
        error: `A note can be at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters.`,
      })
      .default(''),
  })
  .strict();

/** A recorded risk assessment. */
export type RiskAtDischarge = z.output<typeof RiskAtDischargeSchema>;

/** True when the level calls for a safety plan before finalizing (moderate or high). */
export function riskNeedsSafetyPlan(risk: RiskAtDischarge | undefined): boolean {
  return risk?.level === 'moderate' || risk?.level === 'high';
}

/**
 * What the entry still needs, or null when it is complete: a date and a level, and for any level
 * above "none" a note saying what the judgement rests on.
 */
export function riskProblem(risk: RiskAtDischarge | undefined): string | null {
  if (!risk) return 'Record the date you assessed risk and the level you found.';
  if (risk.level !== 'none' && risk.note.trim().length === 0)
    return 'Add a note: what this level rests on and what was done about it.';
  return null;
}

/** One line for the record, e.g. "Low — assessed 2026-03-02" (the caller formats the date). */
export function describeRisk(
  risk: RiskAtDischarge,
  formatDate: (iso: string) => string = (d) => d,
): string {
  return `${RISK_LEVEL_LABELS[risk.level]} — assessed ${formatDate(risk.date)}`;
}
