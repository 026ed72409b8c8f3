import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  applySettingsUpdate,
  defaultSettings,
  pageSizeForLocale,
  regionOfLocale,
  SETTINGS_SCHEMA_VERSION,
  SettingsSchema,
  settingsJsonSchema,
  settingsStoreSchema,
  SettingsUpdateSchema,
} from '../../../core/settings';
import { AppError } from '../../../core/result';

describe('defaults from the locale', () => {
  test.each([
    ['en-US', 'Letter', 'US'],
    ['fr_CA', 'Letter', 'CA'],
    ['es-MX', 'Letter', 'MX'],
    ['fil-PH', 'Letter', 'PH'],
    ['en-GB', 'A4', 'GB'],
    ['de', 'A4', 'DE'],
    ['ja-JP', 'A4', 'JP'],
    ['el-GR', 'A4', 'GR'],
    ['en', 'Letter', 'US'],
    ['', 'A4', ''],
    ['not a locale!', 'A4', ''],
  ])('%s → %s, region %s', (locale, size, region) => {
    expect(pageSizeForLocale(locale)).toBe(size);
    expect(regionOfLocale(locale)).toBe(region);
    const settings = defaultSettings(locale);
    expect(settings.handout.pageSize).toBe(size);
    expect(settings.crisisRegion).toBe(region);
    expect(SettingsSchema.parse(settings)).toEqual(settings);
  });

  test('defaults are complete and sensible', () => {
    const s = defaultSettings('en-AU');
    expect(s).toMatchObject({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      autoLockMinutes: 10,
      theme: 'system',
      defaultTemplateId: 'planned-ending',
    });
    expect(s.profile.name).toBe('');
    expect(s.handout.showScores).toBe(true);
    expect(s.handout.returnPolicy.length).toBeGreaterThan(20);
  });
});

describe('the stored schema', () => {
  test('refuses unknown keys anywhere, so no client data can be stored', () => {
    const s = defaultSettings('en-GB');
    expect(SettingsSchema.safeParse({ ...s, lastClient: 'Αθηνά Παπαδοπούλου' }).success).toBe(
      false,
    );
    expect(
      SettingsSchema.safeParse({ ...s, profile: { ...s.profile, clientName: 'x' } }).success,
    ).toBe(false);
  });

  test.each([0, 121, 9.5, '10'])('auto-lock %s is refused', (value) => {
    expect(
      SettingsSchema.safeParse({ ...defaultSettings('en'), autoLockMinutes: value }).success,
    ).toBe(false);
  });

  test('bounds are inclusive', () => {
    for (const m of [1, 120])
      expect(
        SettingsSchema.parse({ ...defaultSettings('en'), autoLockMinutes: m }).autoLockMinutes,
      ).toBe(m);
  });
});

describe('JSON Schema and zod agree', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(settingsJsonSchema());
  const base = defaultSettings('en-NZ');
  const examples: [string, unknown][] = [
    ['defaults', base],
    ['only the version', { schemaVersion: 3 }],
    ['GAD-7 cut-off 8', { ...base, gad7Cutoff: 8 }],
    ['GAD-7 cut-off 9', { ...base, gad7Cutoff: 9 }],
    ['band names off', { ...base, handout: { ...base.handout, chartBandNames: false } }],
    [
      'profile in Greek',
      { ...base, profile: { ...base.profile, name: 'Ελένη Οικονόμου', credentials: 'MSc' } },
    ],
    [
      'Arabic practice',
      {
        ...base,
        profile: {
          ...base.profile,
          practiceName: 'عيادة النور',
          email: 'noor@example.org',
          website: 'https://example.org',
        },
      },
    ],
    ['wrong version', { ...base, schemaVersion: 1 }],
    ['no version', { profile: base.profile }],
    ['extra key', { ...base, clients: [] }],
    ['extra profile key', { ...base, profile: { ...base.profile, clientNotes: '' } }],
    ['bad theme', { ...base, theme: 'neon' }],
    ['bad page size', { ...base, handout: { ...base.handout, pageSize: 'A5' } }],
    ['auto-lock 0', { ...base, autoLockMinutes: 0 }],
    ['auto-lock 121', { ...base, autoLockMinutes: 121 }],
    ['auto-lock fraction', { ...base, autoLockMinutes: 2.5 }],
    ['auto-lock string', { ...base, autoLockMinutes: '10' }],
    ['lower-case region', { ...base, crisisRegion: 'gb' }],
    ['region', { ...base, crisisRegion: 'IE' }],
    ['bad email', { ...base, profile: { ...base.profile, email: 'not an email' } }],
    [
      'javascript website',
      { ...base, profile: { ...base.profile, website: 'javascript:alert(1)' } },
    ],
    ['long name', { ...base, profile: { ...base.profile, name: 'Я'.repeat(201) } }],
    ['bad template id', { ...base, defaultTemplateId: 'Planned Ending' }],
    ['show scores string', { ...base, handout: { ...base.handout, showScores: 'yes' } }],
    ['array', []],
    ['null', null],
  ];
  test.each(examples)('%s', (_label, example) => {
    const zodOk = SettingsSchema.safeParse(example).success;
    const jsonOk = validate(structuredClone(example));
    expect(jsonOk).toBe(zodOk);
  });

  test('the examples include both valid and invalid ones', () => {
    const results = examples.map(([, e]) => SettingsSchema.safeParse(e).success);
    expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(results.filter((r) => !r).length).toBeGreaterThanOrEqual(10);
  });

  test('JSON Schema defaults fill a sparse object like zod does', () => {
    const ajvDefaults = new Ajv2020({ useDefaults: true, strict: false });
    const fill = ajvDefaults.compile(settingsJsonSchema());
    const data = { schemaVersion: 3 };
    expect(fill(data)).toBe(true);
    expect(data).toEqual(SettingsSchema.parse({ schemaVersion: 3 }));
  });

  test('the conf split keeps properties apart from the root', () => {
    const { schema, rootSchema } = settingsStoreSchema();
    expect(Object.keys(schema)).toContain('autoLockMinutes');
    expect(rootSchema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['schemaVersion'],
    });
    expect(rootSchema).not.toHaveProperty('properties');
    expect(rootSchema).not.toHaveProperty('$schema');
  });
});

describe('settings updates', () => {
  const base = defaultSettings('en-IE');

  test('a partial profile merges with the stored one', () => {
    const withName = applySettingsUpdate(base, {
      profile: { name: 'Saoirse Ní Bhriain', credentials: 'MA' },
    });
    const next = applySettingsUpdate(withName, {
      profile: { phone: '+353 1 555 0100' },
      theme: 'dark',
    });
    expect(next.profile).toMatchObject({
      name: 'Saoirse Ní Bhriain',
      credentials: 'MA',
      phone: '+353 1 555 0100',
    });
    expect(next.theme).toBe('dark');
    expect(next.handout).toEqual(base.handout);
  });

  test('an empty patch changes nothing; fields are trimmed', () => {
    expect(applySettingsUpdate(base, {})).toEqual(base);
    expect(applySettingsUpdate(base, { profile: { name: '  李雪  ' } }).profile.name).toBe('李雪');
  });

  test.each([
    [{ autoLockMinutes: '5' }, 'autoLockMinutes'],
    [{ autoLockMinutes: 500 }, 'autoLockMinutes'],
    [{ theme: 'blue' }, 'theme'],
    [{ handout: { showScores: 1 } }, 'handout.showScores'],
    [{ profile: { email: 'nope' } }, 'profile.email'],
    [{ schemaVersion: 3 }, '_'],
    [{ clientName: 'Ana' }, '_'],
    [{ profile: { notes: 'x' } }, 'profile'],
  ])('refuses %j', (patch, field) => {
    expect(SettingsUpdateSchema.safeParse(patch).success).toBe(false);
    let caught: unknown;
    try {
      applySettingsUpdate(base, patch);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('invalid-input');
    expect(Object.keys((caught as AppError).fields ?? {})).toContain(field);
  });

  test('the update schema applies no defaults (a missing field stays missing)', () => {
    expect(SettingsUpdateSchema.parse({ profile: {} })).toEqual({ profile: {} });
    expect(SettingsUpdateSchema.parse({})).toEqual({});
  });
});
