/** The referral directory: contacts, search, CSV import/export and session snapshots. */
export * from './referral-schema';
export * from './referral-search';
export * from './csv';
export * from './referral-csv';
export * from './referral-snapshot';
export * from './referral-api-inputs';
