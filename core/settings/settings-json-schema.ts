/**
 * The settings' JSON Schema (draft 2020-12), derived from the zod schema so the two cannot drift.
 * conf and electron-store take it split in two: `schema` (the top-level properties) and
 * `rootSchema` (everything else).
 */
import { z } from 'zod';
import { SettingsSchema } from './settings-schema';

/** A JSON Schema object (plain JSON data). */
export type JsonSchema = { [key: string]: unknown };

/** Returns the whole settings JSON Schema (input form: fields with defaults are optional and carry `default`). */
export function settingsJsonSchema(): JsonSchema {
  return z.toJSONSchema(SettingsSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
}

/** Returns the schema as conf / electron-store take it: `schema` = properties, `rootSchema` = the rest (without `$schema`). */
export function settingsStoreSchema(): {
  schema: Record<string, JsonSchema>;
  rootSchema: JsonSchema;
} {
  const { properties, $schema: _draft, ...rootSchema } = settingsJsonSchema();
  return { schema: properties as Record<string, JsonSchema>, rootSchema };
}
