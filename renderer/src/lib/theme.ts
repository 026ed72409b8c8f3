/**
 * Applies the theme setting to the page: `light` and `dark` set `data-theme` on <html>, which
 * the design tokens follow; `system` removes it, so the tokens follow the operating system. The
 * same first read of the settings sets the locale of dates on screen (lib/dates.ts).
 */
import type { Theme } from '../../../core/settings/settings-fields';
import { setDisplayLocale } from './dates';

/** Applies a theme at once (no reload). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/**
 * Reads the stored settings (they work while the vault is locked) and applies the theme and the
 * locale dates are written in. Never fails: without settings the page follows the system.
 */
export async function loadTheme(): Promise<void> {
  try {
    const result = await window.api.settings.get({});
    if (result.ok) {
      applyTheme(result.value.settings.theme);
      setDisplayLocale(result.value.settings.displayLocale, result.value.systemLocale);
    }
  } catch {
    // Without settings the page keeps following the system theme, and dates use the fallback locale.
  }
}
