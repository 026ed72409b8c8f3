/**
 * How the app writes dates on screen: one style everywhere (home, archive, runner, charts, the
 * activity log), in the clinician's locale. The locale comes from the operating system through the
 * app, unless the clinician chose one in Settings. Handouts and letters have their own date
 * setting and the client's language (core/handout-model/format-date.ts); this is the screen's.
 */

/** The locale used when neither the setting nor the system gives a usable one. */
export const FALLBACK_DISPLAY_LOCALE = 'en-GB';

/** Locales offered in Settings besides "follow the system" (each writes dates its own way). */
export const DISPLAY_LOCALES = [
  'en-GB',
  'en-US',
  'en-AU',
  'en-CA',
  'en-IE',
  'en-NZ',
  'de-DE',
  'es-ES',
  'fr-FR',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'sv-SE',
] as const;

/**
 * Turns a locale as an operating system spells it (`en_GB.UTF-8`, `fr_CA`, `de`) into a
 * canonical BCP 47 tag the browser formats with, or null when it is not one.
 */
export function canonicalLocale(raw: string): string | null {
  const tag = raw.trim().split(/[.@]/)[0]!.replace(/_/g, '-');
  if (tag === '' || tag === 'C' || tag === 'POSIX') return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0
      ? canonical
      : null;
  } catch {
    return null;
  }
}

/** The locale dates are written in: the Settings choice when set, else the system's, else the fallback. */
export function resolveDisplayLocale(chosen: string, system: string): string {
  return canonicalLocale(chosen) ?? canonicalLocale(system) ?? FALLBACK_DISPLAY_LOCALE;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_STYLE = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** A calendar day (YYYY-MM-DD) as midnight UTC, or an instant as itself; null when not a date. */
function toDate(value: string): { date: Date; dayOnly: boolean } | null {
  const day = DAY_ONLY.exec(value);
  const date = day
    ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
    : new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, dayOnly: day !== null };
}

/**
 * Writes a date in the app's one screen style ("4 Dec 2026" in en-GB, "Dec 4, 2026" in en-US).
 * A calendar day (YYYY-MM-DD) is that day wherever the computer is; an instant is its day in
 * the computer's time zone (`timeZone` overrides it, for tests). '' when not a date.
 */
export function formatDisplayDate(value: string, locale: string, timeZone?: string): string {
  const parsed = toDate(value);
  if (!parsed) return '';
  const zone = parsed.dayOnly ? 'UTC' : timeZone;
  return new Intl.DateTimeFormat(locale, {
    ...DATE_STYLE,
    ...(zone ? { timeZone: zone } : {}),
  }).format(parsed.date);
}

/**
 * Writes an instant as the same date style plus the time of day in the locale's own clock
 * ("4 Dec 2026, 15:26" in en-GB, "Dec 4, 2026, 3:26 PM" in en-US). '' when not a date.
 */
export function formatDisplayDateTime(value: string, locale: string, timeZone?: string): string {
  const parsed = toDate(value);
  if (!parsed) return '';
  const zone = parsed.dayOnly ? 'UTC' : timeZone;
  return new Intl.DateTimeFormat(locale, {
    ...DATE_STYLE,
    hour: 'numeric',
    minute: '2-digit',
    ...(zone ? { timeZone: zone } : {}),
  }).format(parsed.date);
}
