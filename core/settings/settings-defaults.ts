/**
 * Defaults that depend on where the clinician works: the paper size and the crisis-line region
 * come from the operating system's locale (for example `en-US`, `fr_CA` or `de`).
 */
import type { PageSize } from './settings-fields';
import { type Settings, SETTINGS_SCHEMA_VERSION, SettingsSchema } from './settings-schema';

/**
 * Regions that print on US Letter (CLDR's paper-size data); everywhere else uses A4.
 */
export const LETTER_REGIONS: readonly string[] = [
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'CR',
  'GT',
  'SV',
  'NI',
  'PA',
  'BZ',
  'PR',
];

/**
 * Returns the two-letter region of a locale tag ('en-US' → 'US', 'fr_CA' → 'CA'), guessing the
 * likely region for a bare language ('en' → 'US', 'de' → 'DE'); '' when there is none.
 */
export function regionOfLocale(locale: string): string {
  const tag = locale.trim().replace(/_/g, '-').split('.')[0] ?? '';
  if (!tag) return '';
  try {
    const parsed = new Intl.Locale(tag);
    const region = parsed.region ?? parsed.maximize().region ?? '';
    return /^[A-Z]{2}$/.test(region) ? region : '';
  } catch {
    return '';
  }
}

/** Returns the usual handout paper size for a locale: Letter in the Americas' Letter countries and the Philippines, A4 elsewhere. */
export function pageSizeForLocale(locale: string): PageSize {
  return LETTER_REGIONS.includes(regionOfLocale(locale)) ? 'Letter' : 'A4';
}

/** Returns complete default settings for a clinician whose system uses `locale`. */
export function defaultSettings(locale: string): Settings {
  const base = SettingsSchema.parse({ schemaVersion: SETTINGS_SCHEMA_VERSION });
  return {
    ...base,
    handout: { ...base.handout, pageSize: pageSizeForLocale(locale) },
    crisisRegion: regionOfLocale(locale),
  };
}
