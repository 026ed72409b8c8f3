import type { Settings, SettingsNotice } from '../../../core/settings';

export type { SettingsNotice } from '../../../core/settings';

/**
 * The settings as the rest of the app sees them. Node (conf) and Electron (electron-store)
 * back it the same way; neither the handlers nor main know which.
 */
export interface SettingsStore {
  /** The absolute path of the settings file. */
  readonly path: string;
  /** Returns the current settings (every field present). Never throws for a damaged file: it is set aside and defaults are returned. */
  get(): Settings;
  /** Applies a partial change and returns the new settings; an invalid patch throws an `invalid-input` AppError and changes nothing. */
  update(patch: unknown): Settings;
  /** Returns what the clinician should be told about the settings file (empty when nothing happened). */
  notice(): SettingsNotice;
  /** Forgets the notice once the clinician has seen it. */
  dismissNotice(): void;
}
