/**
 * The settings store in the running app: the services' SettingsStore over electron-store, built
 * from the very same options (schema, defaults, file mode 0600) the Node tests give conf. Also
 * applies settings the main process acts on (the auto-lock delay) when they change.
 */
import ElectronStore from 'electron-store';
import type { Handlers } from '../../core/contract';
import type { Settings } from '../../core/settings';
import {
  type CreateSettingsBackend,
  openSettingsStore,
  type SettingsBackend,
  type SettingsStore,
  withSharedWriter,
} from '../services/settings';

type ElectronStoreOptions = ConstructorParameters<typeof ElectronStore<Record<string, unknown>>>[0];

/** electron-store, writing through the app's one atomic writer. */
const SharedWriterElectronStore = withSharedWriter<
  ElectronStoreOptions,
  ElectronStore<Record<string, unknown>>
>(ElectronStore<Record<string, unknown>>);

/** Builds an electron-store for the settings file from the services' backend options, writing through the app's atomic writer. */
export const createElectronStoreBackend: CreateSettingsBackend = (options) => {
  const { configName, ...rest } = options;
  return new SharedWriterElectronStore({
    ...rest,
    name: configName,
  } as ElectronStoreOptions) as SettingsBackend;
};

/**
 * Opens the settings (`<dir>/settings.json`) through electron-store: an older file is migrated,
 * an unusable one is set aside with a notice for the clinician, never a crash.
 */
export function openElectronSettings(dir: string, locale: string, now?: () => Date): SettingsStore {
  return openSettingsStore({
    dir,
    locale,
    createBackend: createElectronStoreBackend,
    ...(now ? { now } : {}),
  });
}

/**
 * Returns the handlers with `settings.update` also handing the new settings to `apply` (for
 * example the auto-lock delay), after they were stored. A failing `apply` never fails the update.
 */
export function applyingSettings(
  handlers: Handlers,
  apply: (settings: Settings) => void,
): Handlers {
  const update = handlers['settings.update'];
  return {
    ...handlers,
    'settings.update': async (patch) => {
      const next = await update(patch);
      try {
        apply(next);
      } catch {
        console.error('[main] A changed setting could not be applied.');
      }
      return next;
    },
  };
}
