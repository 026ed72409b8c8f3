/**
 * A change to the settings as the renderer sends it: any subset of fields, nothing else. The
 * profile and handout objects may be partial too; a field left out keeps its stored value.
 */
import { z } from 'zod';
import { AppError } from '../result';
import { type IssueSummary, summarizeIssues } from '../zod-issues';
import { handoutFields, profileFields, topFields } from './settings-fields';
import { type Settings, SettingsSchema } from './settings-schema';

type Shape = Record<string, z.ZodType>;

function optionalAll<S extends Shape>(shape: S): { [K in keyof S]: z.ZodOptional<S[K]> } {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) out[key] = field.optional();
  return out as { [K in keyof S]: z.ZodOptional<S[K]> };
}

/** Input of `settings.update`: a strict, partial patch (no defaults are applied to it). */
export const SettingsUpdateSchema = z.strictObject({
  profile: z.strictObject(optionalAll(profileFields)).optional(),
  handout: z.strictObject(optionalAll(handoutFields)).optional(),
  ...optionalAll(topFields),
});

/** A settings patch as sent by the renderer. */
export type SettingsUpdate = z.input<typeof SettingsUpdateSchema>;

function describe(error: z.ZodError): IssueSummary {
  return summarizeIssues(error, 'These settings are not valid.');
}

/**
 * Returns the settings with `patch` applied (patch fields win, nested objects merge). Throws
 * an `invalid-input` AppError, with per-field messages, when the patch or the result is invalid.
 */
export function applySettingsUpdate(current: Settings, patch: unknown): Settings {
  const parsedPatch = SettingsUpdateSchema.safeParse(patch);
  if (!parsedPatch.success) {
    const { message, fields } = describe(parsedPatch.error);
    throw new AppError('invalid-input', message, fields);
  }
  const { profile, handout, ...top } = parsedPatch.data;
  const defined = <T extends object>(o: T | undefined) =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
  const next = SettingsSchema.safeParse({
    ...current,
    ...defined(top),
    profile: { ...current.profile, ...defined(profile) },
    handout: { ...current.handout, ...defined(handout) },
  });
  if (!next.success) {
    const { message, fields } = describe(next.error);
    throw new AppError('invalid-input', message, fields);
  }
  return next.data;
}
