/**
 * Migrations of the stored settings, one per change of shape. Each is keyed by the app version
 * that introduced it and by the schema versions it goes between; the file's own
 * `schemaVersion` (absent = 1) says which ones still have to run, so an old file copied from
 * another computer or restored from a backup is migrated whatever app version is reading it.
 */
import { SETTINGS_SCHEMA_VERSION } from './settings-schema';

/** One step from one schema version to the next. */
export interface SettingsMigration {
  /** The app version that introduced the new shape. */
  appVersion: string;
  fromVersion: number;
  toVersion: number;
  /** What the step changes, for logs and the changelog. */
  description: string;
  /** Returns the data in the new shape; never mutates its argument. Unknown fields are kept, so validation still sees them. */
  migrate(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

const SECONDS_PER_MINUTE = 60;

function take(data: Record<string, unknown>, key: string): unknown {
  const value = data[key];
  delete data[key];
  return value;
}

/**
 * 0.1.0 (schema 1) stored a flat profile (`clinicianName`, `clinicianCredentials`,
 * `practiceName`, `practicePhone`), the auto-lock delay in seconds (`autoLockSeconds`), a
 * lower-case `pageSize` and no `schemaVersion`.
 */
function fromV1(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const data: Record<string, unknown> = { ...input };
  delete data.schemaVersion;
  const profile: Record<string, unknown> = {};
  const moves: [string, string][] = [
    ['clinicianName', 'name'],
    ['clinicianCredentials', 'credentials'],
    ['practiceName', 'practiceName'],
    ['practicePhone', 'phone'],
  ];
  for (const [from, to] of moves) {
    if (from in data) profile[to] = take(data, from);
  }
  const handout: Record<string, unknown> = {};
  if ('pageSize' in data) {
    const size = take(data, 'pageSize');
    handout.pageSize = size === 'a4' ? 'A4' : size === 'letter' ? 'Letter' : size;
  }
  if ('autoLockSeconds' in data) {
    const seconds = take(data, 'autoLockSeconds');
    data.autoLockMinutes =
      typeof seconds === 'number' && Number.isFinite(seconds)
        ? Math.min(120, Math.max(1, Math.ceil(seconds / SECONDS_PER_MINUTE)))
        : seconds;
  }
  return { ...data, schemaVersion: 2, profile, handout };
}

/**
 * 0.3.0 (schema 3) lets the clinician choose the GAD-7 cut-off (8 or 10) and new settings start at
 * 10. Until then the app read GAD-7 against 8, so settings written before keep 8 and a
 * clinician's readings do not change under them.
 */
function fromV2(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { gad7Cutoff: 8, ...input, schemaVersion: 3 };
}

/** Every migration, oldest first. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    appVersion: '0.2.0',
    fromVersion: 1,
    toVersion: 2,
    description:
      'Profile fields move into `profile`, page size into `handout`; auto-lock is kept in minutes.',
    migrate: fromV1,
  },
  {
    appVersion: '0.3.0',
    fromVersion: 2,
    toVersion: 3,
    description:
      'The GAD-7 cut-off becomes a setting (`gad7Cutoff`); settings from before keep the 8 the app used.',
    migrate: fromV2,
  },
];

/** The outcome of bringing stored data up to the current schema version. */
export type MigrationOutcome =
  | { ok: true; data: Record<string, unknown>; fromVersion: number; applied: string[] }
  | { ok: false; reason: 'newer-version' | 'unknown-version'; fromVersion: unknown };

/** Returns the schema version a stored object claims (1 when it has none). */
export function storedSchemaVersion(data: Readonly<Record<string, unknown>>): unknown {
  return 'schemaVersion' in data ? data.schemaVersion : 1;
}

/**
 * Runs the migrations that `data` still needs, in order. Refuses data from a newer schema
 * version (written by a newer app) and versions no migration starts from.
 */
export function migrateSettings(
  data: Readonly<Record<string, unknown>>,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_SCHEMA_VERSION,
): MigrationOutcome {
  const fromVersion = storedSchemaVersion(data);
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1)
    return { ok: false, reason: 'unknown-version', fromVersion };
  if (fromVersion > target) return { ok: false, reason: 'newer-version', fromVersion };
  let current: Record<string, unknown> = { ...data };
  let version = fromVersion;
  const applied: string[] = [];
  while (version < target) {
    const step = migrations.find((m) => m.fromVersion === version);
    if (!step || step.toVersion <= version)
      return { ok: false, reason: 'unknown-version', fromVersion };
    current = step.migrate(current);
    version = step.toVersion;
    applied.push(`${step.appVersion}: schema ${step.fromVersion} → ${step.toVersion}`);
  }
  return { ok: true, data: current, fromVersion, applied };
}
