/**
 * The file store under the settings: conf in Node, electron-store in Electron. Both are built
 * from the same options, produced here, so the schema, defaults and file mode cannot differ.
 */
import Conf from 'conf';
import { type JsonSchema, type Settings, settingsStoreSchema } from '../../../core/settings';
import { SETTINGS_FILE_MODE } from './private-file';
import { withSharedWriter } from './shared-writer-store';

/** The part of a conf / electron-store instance the settings store uses. */
export interface SettingsBackend {
  readonly path: string;
  /** The whole stored object (reading re-reads and validates the file; assigning validates and writes atomically). */
  store: Record<string, unknown>;
}

/** Options for conf; electron-store takes the same ones, with `configName` passed as `name`. */
export interface SettingsBackendOptions {
  cwd: string;
  configName: string;
  fileExtension: 'json';
  schema: Record<string, JsonSchema>;
  rootSchema: JsonSchema;
  defaults: Settings;
  configFileMode: number;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  watch: false;
}

/** Builds a backend from options; main passes one that constructs an electron-store. */
export type CreateSettingsBackend = (options: SettingsBackendOptions) => SettingsBackend;

/** Returns the backend options for a settings file `<cwd>/<configName>.json` with these defaults. */
export function settingsBackendOptions(
  cwd: string,
  configName: string,
  defaults: Settings,
): SettingsBackendOptions {
  const { schema, rootSchema } = settingsStoreSchema();
  return {
    cwd,
    configName,
    fileExtension: 'json',
    schema,
    rootSchema,
    defaults,
    configFileMode: SETTINGS_FILE_MODE,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  };
}

type ConfOptions = ConstructorParameters<typeof Conf<Record<string, unknown>>>[0];

/** conf, writing through the app's one atomic writer. */
const SharedWriterConf = withSharedWriter<ConfOptions, Conf<Record<string, unknown>>>(
  Conf<Record<string, unknown>>,
);

/** Creates a conf-backed settings backend (Node; what electron-store wraps), writing through the app's atomic writer. */
export const createConfBackend: CreateSettingsBackend = (options) =>
  new SharedWriterConf(options as unknown as ConfOptions);
