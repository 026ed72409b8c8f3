import { describe, expect, test } from 'vitest';
import {
  migrateSettings,
  readSettingsText,
  SETTINGS_MIGRATIONS,
  SETTINGS_SCHEMA_VERSION,
} from '../../../core/settings';

/** A settings file as app 0.1.0 (schema 1) wrote it. */
const V1_FILE = JSON.stringify({
  clinicianName: 'Ngozi Adéyẹmí',
  clinicianCredentials: 'PhD, CPsychol',
  practiceName: 'Ìlérí Counselling',
  practicePhone: '+44 20 7946 0000',
  pageSize: 'letter',
  autoLockSeconds: 300,
  theme: 'dark',
});

describe('migrations', () => {
  test('every migration steps one version up, ending at the current one', () => {
    for (const m of SETTINGS_MIGRATIONS) expect(m.toVersion).toBe(m.fromVersion + 1);
    expect(SETTINGS_MIGRATIONS.at(-1)?.toVersion).toBe(SETTINGS_SCHEMA_VERSION);
    for (const m of SETTINGS_MIGRATIONS) expect(m.appVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('schema 1 → 2 moves the flat profile, converts seconds and page size', () => {
    const read = readSettingsText(V1_FILE);
    if (!read.ok) throw new Error(read.issues.join('; '));
    expect(read.fromVersion).toBe(1);
    expect(read.migrated).toBe(true);
    expect(read.applied).toEqual(['0.2.0: schema 1 → 2', '0.3.0: schema 2 → 3']);
    expect(read.settings.profile).toMatchObject({
      name: 'Ngozi Adéyẹmí',
      credentials: 'PhD, CPsychol',
      practiceName: 'Ìlérí Counselling',
      phone: '+44 20 7946 0000',
    });
    expect(read.settings.handout.pageSize).toBe('Letter');
    expect(read.settings.autoLockMinutes).toBe(5);
    expect(read.settings.theme).toBe('dark');
    expect(read.settings.schemaVersion).toBe(3);
  });

  test('schema 2 → 3 keeps the GAD-7 cut-off of 8 the app used before it was a choice; new settings start at 10', () => {
    const read = readSettingsText(
      JSON.stringify({ schemaVersion: 2, theme: 'light', handout: { showScores: false } }),
    );
    if (!read.ok) throw new Error(read.issues.join('; '));
    expect(read.applied).toEqual(['0.3.0: schema 2 → 3']);
    expect(read.settings).toMatchObject({
      schemaVersion: 3,
      gad7Cutoff: 8,
      theme: 'light',
      handout: { showScores: false, chartBandNames: true },
    });
    const fresh = readSettingsText(JSON.stringify({ schemaVersion: 3 }));
    expect(fresh.ok && fresh.settings.gad7Cutoff).toBe(10);
    expect(readSettingsText(JSON.stringify({ schemaVersion: 3, gad7Cutoff: 9 }))).toMatchObject({
      ok: false,
      reason: 'schema',
    });
  });

  test.each([
    [1, 1],
    [59, 1],
    [61, 2],
    [600, 10],
    [86_400, 120],
  ])('%i seconds → %i minutes', (seconds, minutes) => {
    const out = migrateSettings({ autoLockSeconds: seconds });
    expect(out.ok && out.data.autoLockMinutes).toBe(minutes);
  });

  test('an empty schema-1 file becomes the defaults', () => {
    const read = readSettingsText('{}');
    expect(read.ok && read.settings.autoLockMinutes).toBe(10);
  });

  test('does not mutate its input', () => {
    const input = JSON.parse(V1_FILE) as Record<string, unknown>;
    const copy = structuredClone(input);
    migrateSettings(input);
    expect(input).toEqual(copy);
  });

  test('current files are not migrated', () => {
    const read = readSettingsText(JSON.stringify({ schemaVersion: 3, theme: 'light' }));
    expect(read.ok && read.migrated).toBe(false);
  });

  test('a file from a newer schema is refused, not rewritten', () => {
    expect(migrateSettings({ schemaVersion: 4 })).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
    expect(readSettingsText('{"schemaVersion": 99}')).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
  });

  test.each(['0', '"2"', '1.5', 'null'])('schemaVersion %s is unknown', (v) => {
    expect(readSettingsText(`{"schemaVersion": ${v}}`)).toMatchObject({
      ok: false,
      reason: 'unknown-version',
    });
  });

  test('a missing step is reported, not skipped', () => {
    expect(migrateSettings({ schemaVersion: 1 }, [], 2)).toMatchObject({
      ok: false,
      reason: 'unknown-version',
    });
  });

  test('a schema-1 value of the wrong type fails validation after migration', () => {
    expect(readSettingsText(JSON.stringify({ autoLockSeconds: 'ten' }))).toMatchObject({
      ok: false,
      reason: 'schema',
    });
    expect(
      readSettingsText(JSON.stringify({ clinicianName: 'Ana', favouriteClient: 'x' })),
    ).toMatchObject({ ok: false, reason: 'schema' });
  });
});

describe('reading settings text', () => {
  test.each([
    ['', 'not-json'],
    ['{"schemaVersion": 2,', 'not-json'],
    ['[1,2]', 'not-an-object'],
    ['"text"', 'not-an-object'],
    ['null', 'not-an-object'],
    ['{"schemaVersion": 3, "theme": 3}', 'schema'],
  ])('%j → %s', (text, reason) => {
    const read = readSettingsText(text);
    expect(read).toMatchObject({ ok: false, reason });
  });

  test('a byte-order mark is allowed', () => {
    expect(readSettingsText('\uFEFF{"schemaVersion": 3}').ok).toBe(true);
  });

  test('issues name fields, not values', () => {
    const read = readSettingsText(
      JSON.stringify({ schemaVersion: 3, profile: { name: 5, email: 'Ωmega-secret' } }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.join(' ')).toContain('profile.name');
    expect(read.issues.join(' ')).not.toContain('Ωmega-secret');
  });
});
