/** Contract part: settings, referral directory, crisis lines and templates. */

/** The practice methods. */
export const practiceMethods = {} as const;
