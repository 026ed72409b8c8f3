/**
 * One crisis or emergency line: who answers, how to reach them, when, in which languages, and
 * where the facts come from with the date they were last confirmed. The shipped list lives in
 * resources/crisis-lines.json; clinicians' additions and corrections use the same shape.
 */
import { z } from 'zod';
import { requiredLine } from '../text';

/** Ways to reach a line. */
export const CONTACT_METHODS = ['call', 'text', 'chat', 'web'] as const;
/** One way to reach a line. */
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/**
 * Who a line is for, so the clinician can pick the lines that fit a client: `youth` or `adult`
 * (neither = any age), and the communities a line serves. A line without tags is for everyone.
 */
export const CRISIS_LINE_TAGS = ['adult', 'youth', 'lgbtq', 'veterans', 'indigenous'] as const;
/** One crisis-line tag. */
export type CrisisLineTag = (typeof CRISIS_LINE_TAGS)[number];

const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  error: 'An id uses lowercase letters, digits and dashes (up to 64).',
});

/** An ISO 3166-1 alpha-2 region code, upper case. */
export const RegionCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'Region must be a two-letter country code, such as NZ.' });

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'A date must be written YYYY-MM-DD.' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'That date does not exist.' },
  );

const HttpsUrlSchema = z
  .string()
  .trim()
  .max(500, { error: 'A web address can be at most 500 characters.' })
  .regex(/^https:\/\/[^\s/?#]+\.[^\s]*$/, {
    error: 'The source must be a web address starting with https://.',
  });

const fields = {
  id: SlugSchema,
  region: RegionCodeSchema,
  name: requiredLine('Name'),
  how: z
    .array(z.enum(CONTACT_METHODS, { error: 'How must be call, text, chat or web.' }))
    .min(1, { error: 'Say how to reach the line.' })
    .max(CONTACT_METHODS.length)
    .refine((list) => new Set(list).size === list.length, {
      error: 'Each way of reaching the line once.',
    }),
  /** The number, short code or web address. */
  contact: requiredLine('Number or address', 500),
  /** What to do, in a sentence ("Text HOME to 741741."). */
  instructions: z.string().trim().max(500).default(''),
  hours: z.string().trim().max(200).default(''),
  /** BCP 47 language tags answered in; empty = not stated (interpreters are often available). */
  languages: z
    .array(
      z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        error: 'Languages are tags such as en or es.',
      }),
    )
    .max(30)
    .default([]),
  /** An emergency number (police, fire, ambulance) rather than a support line. */
  emergency: z.boolean().default(false),
  /** Who the line is for (see CRISIS_LINE_TAGS); empty = everyone. */
  tags: z
    .array(
      z.enum(CRISIS_LINE_TAGS, { error: 'A tag is adult, youth, lgbtq, veterans or indigenous.' }),
    )
    .max(CRISIS_LINE_TAGS.length)
    .refine((list) => new Set(list).size === list.length, { error: 'Each tag once.' })
    .default([]),
  lastChecked: IsoDateSchema,
};

/** A crisis line as shipped: every field, including an https source. */
export const CrisisLineSchema = z.strictObject({ ...fields, source: HttpsUrlSchema });
/** A crisis line. */
export type CrisisLine = z.output<typeof CrisisLineSchema>;

/** The shipped data file. */
export const CrisisLinesFileSchema = z
  .strictObject({
    version: z.literal(1),
    about: z.string().optional(),
    lines: z.array(CrisisLineSchema).min(1),
  })
  .refine((file) => new Set(file.lines.map((l) => l.id)).size === file.lines.length, {
    error: 'Two lines share an id.',
  });

/**
 * A clinician's own line (kept in the vault): an addition, or — with `overrides` naming a shipped
 * line's id — a correction that replaces it. `hidden` removes the shipped line from their lists.
 * The source may be left empty for a local service with no web page.
 */
export const ClinicianCrisisLineSchema = z.strictObject({
  ...fields,
  source: z.union([z.literal(''), HttpsUrlSchema]).default(''),
  overrides: SlugSchema.optional(),
  hidden: z.boolean().default(false),
});
/** A clinician's addition or correction, as stored. */
export type ClinicianCrisisLine = z.output<typeof ClinicianCrisisLineSchema>;
/** A clinician's addition or correction as sent by the renderer. */
export type ClinicianCrisisLineInput = z.input<typeof ClinicianCrisisLineSchema>;

/** Parses the shipped crisis-lines file; throws a ZodError when it is malformed (a packaging fault). */
export function parseCrisisLinesFile(json: unknown): CrisisLine[] {
  return CrisisLinesFileSchema.parse(json).lines;
}
