import type { Settings } from './settings-schema';
import type { InvalidSettingsReason } from './settings-read';

/** Something the app should tell the clinician about the settings file, once. Plain data. */
export interface SettingsNotice {
  /** The settings file could not be used and was moved here (absolute path); defaults were loaded. */
  invalidFileSavedAs?: string;
  /** Why the file could not be used. */
  invalidReason?: InvalidSettingsReason;
  /** An older settings file was migrated when the store opened: the schema version it had. */
  migratedFrom?: number;
}

/** What `settings.get` returns: the settings and any notice to show (empty object when none). */
export interface SettingsView {
  settings: Settings;
  notice: SettingsNotice;
  /** The operating system's locale as the app reads it (for dates on screen unless Settings choose one). */
  systemLocale: string;
}
