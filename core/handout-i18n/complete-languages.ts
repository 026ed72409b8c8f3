/**
 * The handout languages whose catalogue is complete, as plain codes (light enough for the
 * renderer, which offers only these; a test checks the list matches the catalogues).
 */
export const COMPLETE_HANDOUT_LANGUAGES: readonly string[] = [
  'en',
  'es',
  'fr',
  'de',
  'pt',
  'zh',
  'vi',
  'ru',
  'uk',
  'ar',
  'he',
  'fa',
];

/** Whether a handout language has complete wording (documents in any other language are made in English). */
export function isCompleteHandoutLanguage(code: string): boolean {
  return COMPLETE_HANDOUT_LANGUAGES.includes(code);
}
