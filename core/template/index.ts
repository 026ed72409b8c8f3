/** Checklist templates: the model, privacy rules, versioning, editing and the built-ins. */
export * from './template-schema';
export * from './privacy';
export * from './template-lookup';
export * from './template-versioning';
export * from './template-edit';
export * from './built-in-templates';
