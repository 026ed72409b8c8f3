/** Dates on screen: one style, in the clinician's locale. */
export * from './display-date';
