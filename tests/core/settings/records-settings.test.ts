// How long client records are kept and whom clients ask for them: two profile settings with
// defaults for settings saved before them, bad values refused with the field named.
import { describe, expect, it } from 'vitest';
import {
  applySettingsUpdate,
  RECORDS_YEARS_MAX,
  SettingsSchema,
  SETTINGS_SCHEMA_VERSION,
} from '../../../core/settings';
import { AppError } from '../../../core/result';

const defaults = () => SettingsSchema.parse({ schemaVersion: SETTINGS_SCHEMA_VERSION });

describe('records settings', () => {
  it('read as not given in settings saved before them', () => {
    const older = SettingsSchema.parse({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      profile: { name: 'Zoë Ørsted', phone: '+45 3312 3456' },
    });
    expect(older.profile).toMatchObject({ recordsYears: 0, recordsContact: '' });
    expect(older.profile.name).toBe('Zoë Ørsted');
  });

  it('keep a whole number of years and a trimmed contact', () => {
    const next = applySettingsUpdate(defaults(), {
      profile: { recordsYears: 7, recordsContact: '  محمد الأحمد, records@example.org ' },
    });
    expect(next.profile.recordsYears).toBe(7);
    expect(next.profile.recordsContact).toBe('محمد الأحمد, records@example.org');
    expect(
      applySettingsUpdate(next, { profile: { recordsYears: RECORDS_YEARS_MAX } }).profile
        .recordsYears,
    ).toBe(RECORDS_YEARS_MAX);
  });

  it('refuse what is not a whole number of years from 0 to the most, naming the field', () => {
    for (const bad of [-1, 2.5, RECORDS_YEARS_MAX + 1, '7', null]) {
      try {
        applySettingsUpdate(defaults(), { profile: { recordsYears: bad } });
        expect.unreachable(JSON.stringify(bad));
      } catch (error) {
        expect(error, JSON.stringify(bad)).toBeInstanceOf(AppError);
        expect(Object.keys((error as AppError).fields ?? {}), JSON.stringify(bad)).toContain(
          'profile.recordsYears',
        );
      }
    }
    expect(() =>
      applySettingsUpdate(defaults(), { profile: { recordsContact: 'x'.repeat(301) } }),
    ).toThrow(/Records contact can be at most 300 characters/);
  });
});
