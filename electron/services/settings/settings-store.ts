import type { InvalidSettingsReason, Settings } from '../../../core/settings';

/** Something the app should tell the clinician about the settings file, once. Plain data. */
export interface SettingsNotice {
  /** The settings file could not be used and was moved here (absolute path); defaults were loaded. */
  invalidFileSavedAs?: string;
  /** Why the file could not be used. */
  invalidReason?: InvalidSettingsReason;
  /** An older settings file was migrated when the store opened: the schema version it had. */
  migratedFrom?: number;
}

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
