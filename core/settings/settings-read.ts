/**
 * Reading a settings file's text: parse, migrate, validate. Pure, so both the conf store (tests,
 * Node) and the electron-store adapter (main) decide the same way what is usable.
 */
import { migrateSettings } from './settings-migrations';
import { type Settings, SettingsSchema } from './settings-schema';

/** Why a settings file could not be used. */
export type InvalidSettingsReason =
  'not-json' | 'not-an-object' | 'newer-version' | 'unknown-version' | 'schema';

/** The outcome of reading a settings file's text. */
export type SettingsRead =
  | { ok: true; settings: Settings; fromVersion: number; migrated: boolean; applied: string[] }
  | { ok: false; reason: InvalidSettingsReason; issues: string[] };

/**
 * Parses a settings file's text (a UTF-8 byte-order mark is allowed), migrates it to the current
 * schema version and validates it. Never throws; issue messages name fields, never values.
 */
export function readSettingsText(text: string): SettingsRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json', issues: ['The file is not valid JSON.'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      reason: 'not-an-object',
      issues: ['The file does not hold a settings object.'],
    };
  }
  const migration = migrateSettings(raw as Record<string, unknown>);
  if (!migration.ok) {
    const issue =
      migration.reason === 'newer-version'
        ? 'The file was written by a newer version of the app.'
        : 'The file has an unknown schema version.';
    return { ok: false, reason: migration.reason, issues: [issue] };
  }
  const parsed = SettingsSchema.safeParse(migration.data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 20)
      .map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
    return { ok: false, reason: 'schema', issues };
  }
  return {
    ok: true,
    settings: parsed.data,
    fromVersion: migration.fromVersion,
    migrated: migration.applied.length > 0,
    applied: migration.applied,
  };
}
