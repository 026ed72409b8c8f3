/** The choices a clinician makes when exporting: handout parts and letter variants (plain constants). */

/** The parts of the handout, in order; the one-page variant picks some of them. */
export const HANDOUT_SECTIONS = [
  'came-for',
  'what-changed',
  'achievements',
  'plan',
  'safety-plan',
  'referrals',
  'crisis-lines',
  'come-back',
  'goodbye',
  'more',
] as const;

/** One part of the handout. */
export type HandoutSection = (typeof HANDOUT_SECTIONS)[number];

/** The parts a one-page handout includes unless the clinician picks others. */
export const ONE_PAGE_DEFAULT: readonly HandoutSection[] = [
  'achievements',
  'plan',
  'crisis-lines',
  'come-back',
];

/** The two kinds of closure letter. */
export const LETTER_VARIANTS = ['minimal', 'clinical'] as const;

/** One letter variant. */
export type LetterVariant = (typeof LETTER_VARIANTS)[number];
