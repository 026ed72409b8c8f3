/** Outcome measures: definitions, scores, severity and change calculations. */
export * from './measure-definition';
export * from './built-in-measures';
export * from './measure-score';
export * from './metric-result';
export * from './severity';
export * from './change-metrics';
export * from './paired-outcome';
export * from './series-summary';
export * from './measure-prefs';
