/** Crisis lines by region: the shipped list's schema, clinicians' corrections, and freshness. */
export * from './crisis-line-schema';
export * from './lines-for-region';
export * from './regions';
export * from './crisis-lines-view';
export * from './lines-shown';
