/** Document models: the pure, ordered content of the handout, discharge summary and closure letter. */
export * from './choices';
export * from './source';
export * from './format-date';
export * from './item-blocks';
export * from './charts';
export * from './handout';
export * from './discharge-summary';
export * from './placeholders';
export * from './letter-head';
export * from './closure-letter';
export * from './ending-letters';
