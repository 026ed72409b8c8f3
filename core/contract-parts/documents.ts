/** Contract part: PDF documents (handout, discharge summary, closure letter). */

/** The documents methods. */
export const documentMethods = {} as const;
