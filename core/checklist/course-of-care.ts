/**
 * The course of care the discharge summary reports: diagnosis, dates of service, discharge date,
 * sessions attended and missed, functioning at discharge, medications, prognosis, presenting
 * concerns and services. It is part of the session record (entered before finalizing, changed
 * afterwards only through an amendment), so the finalized content hash covers it. Stored optional
 * with no default, so a record written before it existed canonicalizes (and verifies) exactly as
 * it did.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../measures/measure-score';

const courseText = z
  .string({ error: 'This must be text.' })
  .max(20_000, { error: 'This can be at most 20,000 characters.' })
  .optional();
const courseCount = z
  .number({ error: 'Enter a number.' })
  .int({ error: 'Enter a whole number.' })
  .min(0, { error: 'Enter 0 or more.' })
  .max(10_000, { error: 'Enter at most 10,000.' })
  .optional();

/** The course-of-care fields (all optional; a blank one is shown as not given). */
export const CourseOfCareSchema = z
  .object({
    /** The working diagnosis, if one was given ("None given" on the summary when blank). */
    diagnosis: courseText,
    /** YYYY-MM-DD of the first session. */
    firstSession: IsoDateSchema.optional(),
    /** YYYY-MM-DD of the last session attended. */
    lastSession: IsoDateSchema.optional(),
    /** YYYY-MM-DD the case was closed. */
    dischargeDate: IsoDateSchema.optional(),
    attended: courseCount,
    missed: courseCount,
    presentingConcerns: courseText,
    services: courseText,
    /** Functioning and status at discharge. */
    functioning: courseText,
    /** Medications, optional (left off the summary when blank). */
    medications: courseText,
    prognosis: courseText,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.firstSession && c.lastSession && c.lastSession < c.firstSession)
      ctx.addIssue({
        code: 'custom',
        path: ['lastSession'],
        message: 'The last session cannot be before the first.',
      });
  });

/** The course of care as stored. */
export type CourseOfCare = z.output<typeof CourseOfCareSchema>;

/** Drops blank text and absent values, so an all-blank course is `undefined` (nothing stored). */
export function compactCourse(course: CourseOfCare | null | undefined): CourseOfCare | undefined {
  if (!course) return undefined;
  const kept = Object.entries(course).filter(
    ([, v]) => v !== undefined && !(typeof v === 'string' && v.trim() === ''),
  );
  return kept.length > 0 ? (Object.fromEntries(kept) as CourseOfCare) : undefined;
}
