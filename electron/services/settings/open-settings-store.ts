/**
 * Opens the settings file: migrates an older one, sets aside one that cannot be used (keeping
 * its bytes), loads defaults in its place and raises a notice — it never crashes on a damaged
 * file and never wipes one silently. The file is kept at mode 0600.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../core/result';
import { ioError } from '../store/atomic-write';
import {
  applySettingsUpdate,
  defaultSettings,
  readSettingsText,
  type Settings,
  SettingsSchema,
} from '../../../core/settings';
import {
  createConfBackend,
  type CreateSettingsBackend,
  type SettingsBackend,
  settingsBackendOptions,
} from './settings-backend';
import type { SettingsNotice, SettingsStore } from './settings-store';
import { ensurePrivateDir, ensurePrivateMode, writePrivateFileAtomic } from './private-file';
import { setAsideInvalidFile } from './set-aside';

/** Where and how to open the settings. */
export interface OpenSettingsOptions {
  /** The folder of the settings file (main: `app.getPath('userData')`; tests: a temp folder). */
  dir: string;
  /** The system locale (for example `en-US`); it chooses the default page size and crisis region. */
  locale: string;
  /** The file name without `.json`; default `settings`. */
  configName?: string;
  /** The clock, for the set-aside file name. */
  now?: () => Date;
  /** Builds the file store; default conf. Main passes an electron-store factory. */
  createBackend?: CreateSettingsBackend;
}

/** The default settings file name (without extension). */
export const SETTINGS_CONFIG_NAME = 'settings';

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError(
      'io',
      'The settings file could not be read. Check that the app may read its own folder.',
    );
  }
}

/**
 * Looks at the file on disk before the backend reads it: a current file is left alone, an
 * older one is migrated in place, an unusable one is set aside. Returns what to tell the clinician.
 */
function prepareFile(path: string, now: () => Date): SettingsNotice {
  const text = readText(path);
  if (text === undefined) return {};
  const read = readSettingsText(text);
  if (read.ok) {
    if (read.migrated) writePrivateFileAtomic(path, JSON.stringify(read.settings, null, '\t'));
    return read.migrated ? { migratedFrom: read.fromVersion } : {};
  }
  return { invalidFileSavedAs: setAsideInvalidFile(path, now()), invalidReason: read.reason };
}

/** Opens the settings store over `<dir>/<configName>.json`. Throws an `io` AppError only when the folder cannot be used at all. */
export function openSettingsStore(options: OpenSettingsOptions): SettingsStore {
  const now = options.now ?? (() => new Date());
  const configName = options.configName ?? SETTINGS_CONFIG_NAME;
  const createBackend = options.createBackend ?? createConfBackend;
  const path = join(options.dir, `${configName}.json`);
  const defaults = defaultSettings(options.locale);
  try {
    ensurePrivateDir(options.dir);
  } catch {
    throw new AppError('io', 'The settings folder could not be created.');
  }

  let notice: SettingsNotice = prepareFile(path, now);
  const open = (): SettingsBackend =>
    createBackend(settingsBackendOptions(options.dir, configName, defaults));
  let backend: SettingsBackend;
  try {
    backend = open();
  } catch {
    // The backend disagreed with our own check: keep the file aside and start from defaults.
    if (existsSync(path))
      notice = {
        ...notice,
        invalidFileSavedAs: setAsideInvalidFile(path, now()),
        invalidReason: 'schema',
      };
    backend = open();
  }
  if (existsSync(path)) ensurePrivateMode(path);

  /** Replaces a file that went bad while the app was running, like at open. */
  const recover = (): Settings => {
    const found = prepareFile(path, now);
    notice = { ...notice, ...found };
    const text = readText(path);
    const read = text === undefined ? undefined : readSettingsText(text);
    const settings = read?.ok ? read.settings : defaults;
    write(settings);
    return settings;
  };

  const write = (settings: Settings): void => {
    backend.store = { ...settings };
    ensurePrivateMode(path);
  };

  const get = (): Settings => {
    let stored: unknown;
    try {
      stored = backend.store;
    } catch {
      return recover();
    }
    const parsed = SettingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : recover();
  };

  return {
    path,
    get,
    update(patch: unknown): Settings {
      const next = applySettingsUpdate(get(), patch);
      try {
        write(next);
      } catch (cause) {
        // A full or read-only disk gets the same clear message as a record save, never "something went wrong".
        throw ioError(cause, 'saving the settings');
      }
      return next;
    },
    notice: () => ({ ...notice }),
    dismissNotice: () => {
      notice = {};
    },
  };
}
