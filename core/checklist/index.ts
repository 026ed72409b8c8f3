/** Session content: answers, progress, finalize and amend, and the client-facing projection. */
export * from './canonical-json';
export * from './reason-for-ending';
export * from './risk-at-discharge';
export * from './check-in';
export * from './outreach';
export * from './answer-schema';
export * from './safety-plan';
export * from './content-schema';
export * from './content-update';
export * from './progress';
export * from './describe-changes';
export * from './finalize';
export * from './client-facing';
export * from './session-measures';
