import { z } from 'zod';

/** The longest text any single field accepts (characters); longer input is refused with a clear message. */
export const MAX_FIELD_CHARS = 200_000;

/** The longest single-line value (names, codes) accepts. */
export const MAX_LINE_CHARS = 200;

/** A required single-line text: trimmed, non-empty, bounded. */
export function requiredLine(label: string, max = MAX_LINE_CHARS) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} can be at most ${max} characters.` });
}

/** An optional single-line text: trimmed; an empty string means "not given". */
export function optionalLine(label: string, max = MAX_LINE_CHARS) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .default('');
}

/** A long free text (notes, the client's words): kept exactly as typed, bounded by MAX_FIELD_CHARS. */
export function longText(label: string) {
  return z
    .string({ error: `${label} must be text.` })
    .max(MAX_FIELD_CHARS, {
      error: `${label} can be at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters.`,
    })
    .default('');
}

/** A record id: lowercase hex, 32 characters. */
export const RecordIdSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, { error: 'Not a valid record id.' });
