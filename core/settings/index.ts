/** Settings: practice data, handout defaults and app preferences (never client data). */
export * from './settings-fields';
export * from './settings-schema';
export * from './settings-defaults';
export * from './settings-update';
export * from './settings-migrations';
export * from './settings-read';
export * from './settings-json-schema';
export * from './settings-notice';
export * from './settings-api-inputs';
export * from './outreach-plan';
