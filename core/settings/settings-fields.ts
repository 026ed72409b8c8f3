/**
 * The settings' fields, each as a schema without a default. The stored settings add defaults
 * (settings-schema.ts); the update input makes every field optional (settings-update.ts). Keeping
 * one definition per field means the two can never disagree about what a value may be.
 */
import { z } from 'zod';
import { OutreachPlanSchema } from './outreach-plan';
import { wordingCheckedField, wordingOverridesField } from './settings-wording';

/** Longest multi-line practice text (address, return policy, goodbye starter). */
export const MAX_SETTINGS_TEXT_CHARS = 2000;

/** A single-line text, trimmed and bounded; empty means "not given". */
export function line(label: string, max = 200) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters.` });
}

/** A multi-line text, bounded; kept as typed. */
export function paragraph(label: string, max = MAX_SETTINGS_TEXT_CHARS) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max, { error: `${label} can be at most ${max.toLocaleString('en')} characters.` });
}

/** The page sizes a handout can be printed on. */
export const PAGE_SIZES = ['A4', 'Letter'] as const;
/** A handout page size. */
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * How dates are written in handouts: `long` spells the month in the handout's language
 * ("26 November 2026"), `iso` is 2026-11-26, `dmy` 26/11/2026 and `mdy` 11/26/2026.
 */
export const DATE_FORMATS = ['long', 'iso', 'dmy', 'mdy'] as const;
/** A handout date format. */
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The app's colour themes; `system` follows the operating system. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** A colour theme. */
export type Theme = (typeof THEMES)[number];

/** Shortest and longest idle time before the vault locks, in minutes. */
export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;

/** The longest records-keeping period the settings accept, in years. */
export const RECORDS_YEARS_MAX = 100;

/** Fields of the clinician's profile: practice data only, never client data. */
export const profileFields = {
  name: line('Your name'),
  credentials: line('Credentials'),
  licenceNumber: line('Licence number', 80),
  practiceName: line('Practice name'),
  address: paragraph('Address', 500),
  phone: line('Phone', 60),
  email: line('Email', 254).regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
    error: 'Email must look like name@example.org.',
  }),
  website: line('Website', 500).regex(/^$|^https?:\/\/\S+$/, {
    error: 'Website must start with https:// (or http://).',
  }),
  signatureLine: line('Signature line', 300),
  /** How many years client records are kept after the last session; 0 = not given (documents then leave the period out). */
  recordsYears: z
    .number({ error: 'How long records are kept must be a number of years.' })
    .int({ error: 'How long records are kept must be a whole number of years.' })
    .min(0, { error: 'How long records are kept cannot be below 0 years.' })
    .max(RECORDS_YEARS_MAX, {
      error: `How long records are kept can be at most ${RECORDS_YEARS_MAX} years.`,
    }),
  /** Whom a client contacts for their records (a name, role or address); '' = the practice's phone or e-mail. */
  recordsContact: line('Records contact', 300),
};

/** Fields of the handout defaults. */
export const handoutFields = {
  pageSize: z.enum(PAGE_SIZES, { error: 'Page size must be A4 or Letter.' }),
  dateFormat: z.enum(DATE_FORMATS, { error: 'Choose a date format from the list.' }),
  showScores: z.boolean({ error: 'Show scores must be yes or no.' }),
  /** Whether client charts (client view, handout) name their bands in plain words; the shading stays either way. */
  chartBandNames: z.boolean({ error: 'Band names on client charts must be yes or no.' }),
  returnPolicy: paragraph('Return policy'),
  goodbyeStarter: paragraph('Goodbye note starter'),
  wordingOverrides: wordingOverridesField,
  wordingChecked: wordingCheckedField,
};

/** Fields at the top level of the settings (besides `schemaVersion`, `profile` and `handout`). */
export const topFields = {
  defaultTemplateId: z
    .string({ error: 'Default template must be a template id.' })
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'Default template must be a template id.' }),
  crisisRegion: z
    .string({ error: 'Crisis-line region must be a country code.' })
    .regex(/^([A-Z]{2})?$/, {
      error: 'Crisis-line region must be a two-letter country code, such as GB.',
    }),
  autoLockMinutes: z
    .number({ error: 'Auto-lock must be a number of minutes.' })
    .int({ error: 'Auto-lock must be a whole number of minutes.' })
    .min(AUTO_LOCK_MINUTES.min, {
      error: `Auto-lock must be at least ${AUTO_LOCK_MINUTES.min} minute.`,
    })
    .max(AUTO_LOCK_MINUTES.max, {
      error: `Auto-lock can be at most ${AUTO_LOCK_MINUTES.max} minutes.`,
    }),
  theme: z.enum(THEMES, { error: 'Theme must be system, light or dark.' }),
  /** The GAD-7 cut-off the clinician reads scores against (see GAD7_CUTOFFS). */
  gad7Cutoff: z.union([z.literal(8), z.literal(10)], {
    error: 'The GAD-7 cut-off must be 8 or 10.',
  }),
  /** Outreach before closing an unplanned ending (see outreach-plan.ts). */
  outreachPlan: OutreachPlanSchema,
  /** The locale dates are written in on screen (BCP 47, such as en-GB); '' follows the system. */
  displayLocale: z
    .string({ error: 'Date style must be a locale.' })
    .regex(/^$|^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, {
      error: 'Date style must be a locale such as en-GB, or follow the system.',
    }),
};
