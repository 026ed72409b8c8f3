/**
 * Applies the theme setting to the page: `light` and `dark` set `data-theme` on <html>, which
 * the design tokens follow; `system` removes it, so the tokens follow the operating system.
 */
import type { Theme } from '../../../core/settings/settings-fields';

/** Applies a theme at once (no reload). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/** Reads the stored theme (settings work while the vault is locked) and applies it. */
export async function loadTheme(): Promise<void> {
  try {
    const result = await window.api.settings.get({});
    if (result.ok) applyTheme(result.value.settings.theme);
  } catch {
    // Without settings the page keeps following the system theme.
  }
}
