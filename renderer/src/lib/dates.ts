/**
 * The one date formatter of the screens. The locale is set once the settings are read (the
 * Settings choice, else the operating system's as the app reports it) and whenever the clinician
 * changes it; every screen, chart and the activity log write dates through these functions.
 */
import {
  FALLBACK_DISPLAY_LOCALE,
  formatDisplayDate,
  formatDisplayDateTime,
  resolveDisplayLocale,
} from '../../../core/dates';

let current = FALLBACK_DISPLAY_LOCALE;
let system = '';

/** Sets the locale dates are written in: the Settings choice ('' follows the system) and the system's locale. */
export function setDisplayLocale(chosen: string, systemLocale: string = system): void {
  system = systemLocale;
  current = resolveDisplayLocale(chosen, systemLocale);
  document.documentElement.dataset.dateLocale = current;
}

/** The locale dates are written in now. */
export function displayLocale(): string {
  return current;
}

/** The operating system's locale as the app reported it ('' before the settings were read). */
export function systemDisplayLocale(): string {
  return system;
}

/** A date (YYYY-MM-DD, or an instant) in the app's one date style; '' when not a date. */
export function formatDate(value: string): string {
  return formatDisplayDate(value, current);
}

/** An instant as the same date style plus the time of day; '' when not a date. */
export function formatDateTime(value: string): string {
  return formatDisplayDateTime(value, current);
}
