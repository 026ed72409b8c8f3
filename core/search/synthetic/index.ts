/** Synthetic archives: invented clients and sessions for demos, end-to-end tests and benchmarks. */
export * from './prng';
export * from './name-pools';
export * from './clinical-text';
export * from './referral-directory';
export * from './generate-archive';
export * from './seed-records';
export * from './typo-queries';
