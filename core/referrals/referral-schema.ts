/**
 * A referral contact in the clinician's directory: a service or colleague a client can be
 * referred to. Practice data, kept in the vault; reusable across sessions.
 */
import { z } from 'zod';
import { RecordIdSchema, requiredLine } from '../text';

const MAX_TAGS = 20;

function singleLine(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${label} must fit on one line.` });
}

function multiLine(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .overwrite((s) => s.replace(/\r\n?/g, '\n').trim())
    .refine((s) => s.length <= max, {
      error: `${label} can be at most ${max.toLocaleString('en')} characters.`,
    });
}

/** Adds https:// to a bare address ("example.org/help"); leaves other values for the check below. */
function withScheme(web: string): string {
  if (web === '' || /^[a-z][a-z0-9+.-]*:/i.test(web)) return web;
  return `https://${web}`;
}

const WebSchema = singleLine('Web address', 500)
  .overwrite(withScheme)
  .refine((s) => s === '' || /^https?:\/\/[^\s/?#]+\.[^\s]+$/i.test(s), {
    error: 'Web address must be a site such as https://example.org.',
  });

const TagSchema = z
  .string({ error: 'A tag must be text.' })
  .trim()
  .min(1, { error: 'A tag cannot be empty.' })
  .max(40, { error: 'A tag can be at most 40 characters.' })
  .refine((s) => !/[,;\r\n]/.test(s), {
    error: 'A tag cannot contain a comma, a semicolon or a line break.',
  });

/** The fields of a referral contact, as the clinician types them (also a CSV row). */
export const ReferralInputSchema = z.strictObject({
  name: requiredLine('Name').refine((s) => !/[\r\n]/.test(s), {
    error: 'Name must fit on one line.',
  }),
  kind: singleLine('Kind of service', 120).default(''),
  phone: singleLine('Phone', 60)
    .refine((s) => s === '' || /\d/.test(s), { error: 'Phone must contain a number.' })
    .default(''),
  web: WebSchema.default(''),
  address: multiLine('Address', 500).default(''),
  notes: multiLine('Notes', 4000).default(''),
  tags: z
    .array(TagSchema, { error: 'Tags must be a list.' })
    .max(MAX_TAGS, { error: `A contact can have at most ${MAX_TAGS} tags.` })
    .overwrite((tags) =>
      tags.filter((t, i) => tags.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i),
    )
    .default([]),
});

/** A referral contact's fields as sent by the renderer (defaults not yet applied). */
export type ReferralInput = z.input<typeof ReferralInputSchema>;
/** A referral contact's fields, checked and normalised. */
export type ReferralData = z.output<typeof ReferralInputSchema>;

/** A referral contact as stored: its fields plus a stable id and a revision (for later sync). */
export const ReferralContactSchema = ReferralInputSchema.extend({
  id: RecordIdSchema,
  rev: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A referral contact as stored. */
export type ReferralContact = z.output<typeof ReferralContactSchema>;

/** Input naming one contact. */
export const ReferralIdInputSchema = z.strictObject({ id: RecordIdSchema });
/** Input of an edit: the id, the revision the edit was based on, and the new fields. */
export const ReferralUpdateInputSchema = z.strictObject({
  id: RecordIdSchema,
  expectedRev: z.number().int().min(1),
  contact: ReferralInputSchema,
});

/** Returns a new contact with revision 1 from checked fields, an id and the time (ISO 8601). */
export function newReferral(data: ReferralData, id: string, now: string): ReferralContact {
  return { id, rev: 1, createdAt: now, updatedAt: now, ...data };
}

/** Returns the contact with its fields replaced, its revision bumped and `updatedAt` set. */
export function reviseReferral(
  existing: ReferralContact,
  data: ReferralData,
  now: string,
): ReferralContact {
  return { ...existing, ...data, rev: existing.rev + 1, updatedAt: now };
}
