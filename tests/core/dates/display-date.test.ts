import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISPLAY_LOCALES,
  canonicalLocale,
  formatDisplayDate,
  formatDisplayDateTime,
  resolveDisplayLocale,
} from '../../../core/dates';
import { SettingsSchema, applySettingsUpdate, defaultSettings } from '../../../core/settings';

describe('the locale dates are written in', () => {
  it('reads locales as operating systems spell them', () => {
    expect(canonicalLocale('en_GB.UTF-8')).toBe('en-GB');
    expect(canonicalLocale('fr_CA')).toBe('fr-CA');
    expect(canonicalLocale('de')).toBe('de');
    expect(canonicalLocale('C')).toBeNull();
    expect(canonicalLocale('')).toBeNull();
    expect(canonicalLocale('not a locale')).toBeNull();
  });
  it('the Settings choice wins, else the system, else en-GB', () => {
    expect(resolveDisplayLocale('de-DE', 'en-US')).toBe('de-DE');
    expect(resolveDisplayLocale('', 'en_US.UTF-8')).toBe('en-US');
    expect(resolveDisplayLocale('', 'POSIX')).toBe('en-GB');
  });
  it('Settings keep the choice ("" follows the system) and refuse what is not a locale', () => {
    expect(defaultSettings('en-US').displayLocale).toBe('');
    expect(
      applySettingsUpdate(defaultSettings('en-GB'), { displayLocale: 'en-US' }).displayLocale,
    ).toBe('en-US');
    expect(() => applySettingsUpdate(defaultSettings('en-GB'), { displayLocale: '<b>' })).toThrow(
      /locale/,
    );
    for (const locale of DISPLAY_LOCALES)
      expect(SettingsSchema.shape.displayLocale.safeParse(locale).success).toBe(true);
  });
});

describe('one date style on screen', () => {
  it('writes a day and an instant in the locale, the time in its own clock', () => {
    expect(formatDisplayDate('2026-12-04', 'en-GB')).toBe('4 Dec 2026');
    expect(formatDisplayDate('2026-12-04', 'en-US')).toBe('Dec 4, 2026');
    expect(formatDisplayDate('2026-12-04T15:26:00.000Z', 'en-GB', 'UTC')).toBe('4 Dec 2026');
    expect(formatDisplayDateTime('2026-12-04T15:26:00.000Z', 'en-GB', 'UTC')).toBe(
      '4 Dec 2026, 15:26',
    );
    expect(formatDisplayDateTime('2026-12-04T15:26:00.000Z', 'en-US', 'UTC')).toBe(
      'Dec 4, 2026, 3:26 PM',
    );
    expect(formatDisplayDate('yesterday', 'en-GB')).toBe('');
  });
  it('a calendar day is the same day in every time zone; a date-time starts with the date', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const zone = fc.constantFrom(
      'UTC',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/Los_Angeles',
      'Asia/Kolkata',
    );
    fc.assert(
      fc.property(day, zone, fc.constantFrom(...DISPLAY_LOCALES), (iso, tz, locale) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const expected = new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(Date.UTC(y, m - 1, d));
        expect(formatDisplayDate(iso, locale, tz)).toBe(expected);
        const noon = `${iso}T12:00:00.000Z`;
        expect(
          formatDisplayDateTime(noon, locale, 'UTC').startsWith(
            formatDisplayDate(noon, locale, 'UTC'),
          ),
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
