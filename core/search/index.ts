/** Archive search: an in-memory, typo- and accent-tolerant index of closing documents. */
export * from './fold';
export * from './tokenize';
export * from './fuzzy';
export * from './query-policy';
export * from './search-document';
export * from './filters';
export * from './highlight';
export * from './snippet';
export * from './search-types';
export * from './explain-match';
export * from './archive-index';
export * from './build-in-chunks';
export * from './query-plan';
export * from './run-search';
export * from './short-terms';
export * from './top-k';
export * from './filter-options';
