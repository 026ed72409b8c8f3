/**
 * How much outreach the clinician plans before closing the file of a client who stopped coming:
 * by default two or three attempts over two to four weeks (the Unplanned ending's guidance),
 * changeable in Settings. The runner's guidance and the template's wording say the same thing.
 */
import { z } from 'zod';

/** The default: two or three attempts over two to four weeks. */
export const DEFAULT_OUTREACH_PLAN = {
  minAttempts: 2,
  maxAttempts: 3,
  minWeeks: 2,
  maxWeeks: 4,
} as const;

/** The wording of the default plan as the built-in Unplanned ending template prints it. */
export const DEFAULT_OUTREACH_WORDING = 'two or three attempts over two to four weeks';

const count = (what: string, max: number) =>
  z
    .number({ error: `The number of ${what} must be a number.` })
    .int({ error: `The number of ${what} must be a whole number.` })
    .min(1, { error: `The number of ${what} must be at least 1.` })
    .max(max, { error: `The number of ${what} can be at most ${max}.` });

/** The outreach plan as stored in the settings: a range of attempts over a range of weeks. */
export const OutreachPlanSchema = z
  .strictObject({
    minAttempts: count('attempts', 10),
    maxAttempts: count('attempts', 10),
    minWeeks: count('weeks', 26),
    maxWeeks: count('weeks', 26),
  })
  .refine((p) => p.minAttempts <= p.maxAttempts, {
    error: 'The fewest attempts cannot be more than the most attempts.',
    path: ['maxAttempts'],
  })
  .refine((p) => p.minWeeks <= p.maxWeeks, {
    error: 'The fewest weeks cannot be more than the most weeks.',
    path: ['maxWeeks'],
  });

/** An outreach plan. */
export type OutreachPlan = z.output<typeof OutreachPlanSchema>;

const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

function range(min: number, max: number, joiner: string): string {
  return min === max ? numberWord(min) : `${numberWord(min)} ${joiner} ${numberWord(max)}`;
}

/** The plan in words, e.g. "two or three attempts over two to four weeks". */
export function outreachWording(plan: OutreachPlan): string {
  // "two or three attempts", but "two to four attempts": "or" only between neighbours.
  const joiner = plan.maxAttempts - plan.minAttempts === 1 ? 'or' : 'to';
  const attempts = `${range(plan.minAttempts, plan.maxAttempts, joiner)} ${plan.maxAttempts === 1 ? 'attempt' : 'attempts'}`;
  const weeks = `${range(plan.minWeeks, plan.maxWeeks, 'to')} ${plan.maxWeeks === 1 ? 'week' : 'weeks'}`;
  return `${attempts} over ${weeks}`;
}

/** A template's guidance with the default outreach wording replaced by the clinician's plan. */
export function withOutreachPlan(guidance: string, plan: OutreachPlan): string {
  return guidance.split(DEFAULT_OUTREACH_WORDING).join(outreachWording(plan));
}

/**
 * A template whose section guidance carries the clinician's outreach plan in place of the
 * default wording (a session snapshots it when it starts, so the runner says the plan in force).
 */
export function withOutreachGuidance<T extends { sections: readonly { guidance: string }[] }>(
  template: T,
  plan: OutreachPlan,
): T {
  return {
    ...template,
    sections: template.sections.map((s) => ({
      ...s,
      guidance: withOutreachPlan(s.guidance, plan),
    })),
  };
}
