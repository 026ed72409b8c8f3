export * from './catalogue';
export * from './messages-en';
export * from './icu';
export * from './document-words';
export { DOCUMENT_CATALOGUES } from './catalogues';
export * from './complete-languages';
