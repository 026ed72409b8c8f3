/**
 * What an outcome measure is, as far as the app needs to know: its range, which way is better,
 * its severity bands and the thresholds used to read change. Built-in measures (PHQ-9, GAD-7)
 * and clinician-defined ones (for licensed instruments such as the ORS) share this shape, so
 * every calculation and chart treats them alike. No item wording is stored: only numbers.
 */
import { z } from 'zod';

/** Which direction of a score means the client is doing better. */
export const BETTER_DIRECTIONS = ['lower', 'higher'] as const;

/** One direction of improvement. */
export type BetterDirection = (typeof BETTER_DIRECTIONS)[number];

/** A measure id: lowercase letters, digits and dashes (built-ins: `phq-9`, `gad-7`). */
export const MeasureIdSchema = z
  .string({ error: 'Measure id must be text.' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'A measure id uses lowercase letters, digits and dashes.',
  });

/** A named score range used to describe a score in words (for example "Mild"). Bounds are inclusive. */
export const SeverityBandSchema = z
  .object({
    from: z.number().finite(),
    to: z.number().finite(),
    label: z.string().trim().min(1).max(60),
  })
  .strict();

/** One severity band. */
export type SeverityBand = z.infer<typeof SeverityBandSchema>;

const finite = (label: string) =>
  z.number({ error: `${label} must be a number.` }).finite({ error: `${label} must be a number.` });

/** The definition of an outcome measure, built-in or clinician-defined. */
export const MeasureDefinitionSchema = z
  .object({
    id: MeasureIdSchema,
    name: z.string().trim().min(1, { error: 'A measure needs a name.' }).max(80),
    /** A short name for tables and chart axes. */
    shortName: z.string().trim().min(1).max(20),
    builtIn: z.boolean().default(false),
    min: finite('The lowest score'),
    max: finite('The highest score'),
    /** Whether only whole-number scores are allowed. */
    integer: z.boolean().default(true),
    better: z.enum(BETTER_DIRECTIONS, { error: 'Say whether lower or higher scores are better.' }),
    /**
     * The clinical cutoff: for "lower is better" a score at or above it is in the clinical range;
     * for "higher is better" a score below it is. Null when the measure has none.
     */
    cutoff: finite('The clinical cutoff').nullable().default(null),
    /** The smallest change, in points, that counts as reliable (beyond measurement error). */
    reliableChange: finite('The reliable-change value')
      .positive({ error: 'The reliable-change value must be above 0.' })
      .nullable()
      .default(null),
    /**
     * Remission: for "lower is better" a score below this value; for "higher is better" a score
     * at or above it. Null when the measure defines no remission threshold.
     */
    remissionThreshold: finite('The remission threshold').nullable().default(null),
    /** Number of items when item-level scores may be recorded (0 = totals only). */
    itemCount: z.number().int().min(0).max(50).default(0),
    /** The highest score of a single item (items score from 0). */
    itemMax: z.number().int().min(0).max(100).default(0),
    bands: z.array(SeverityBandSchema).max(10).default([]),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (!(m.min < m.max))
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'The highest score must be above the lowest score.',
      });
    for (const key of ['cutoff', 'remissionThreshold'] as const) {
      const v = m[key];
      if (v !== null && (v < m.min || v > m.max))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'This threshold must lie within the score range.',
        });
    }
    if (m.reliableChange !== null && m.reliableChange > m.max - m.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['reliableChange'],
        message: 'The reliable-change value cannot exceed the whole score range.',
      });
    }
    m.bands.forEach((b, i) => {
      if (b.from > b.to || b.from < m.min || b.to > m.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i],
          message: 'A band must lie within the score range, lowest first.',
        });
      }
    });
  });

/** A measure definition after defaults are applied. */
export type MeasureDefinition = z.output<typeof MeasureDefinitionSchema>;

/**
 * Checks a clinician-defined measure and returns it ready to store: never marked built-in, and
 * totals only (item-level scoring is reserved for the built-in public-domain instruments).
 * Throws a ZodError when the definition is not valid.
 */
export function defineCustomMeasure(input: unknown): MeasureDefinition {
  const parsed = MeasureDefinitionSchema.parse(input);
  return { ...parsed, builtIn: false, itemCount: 0, itemMax: 0 };
}
