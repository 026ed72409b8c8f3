/** Settings in plain Node: the SettingsStore interface and its conf-backed implementation. */
export * from './settings-store';
export * from './open-settings-store';
export * from './settings-backend';
export * from './set-aside';
export * from './private-file';
export * from './crisis-lines-file';
export * from './shared-writer-store';
