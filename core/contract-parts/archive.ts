/** Contract part: archive search. */

/** The archive methods. */
export const archiveMethods = {} as const;
