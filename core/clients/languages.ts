/** A language a handout can be written in, with its writing direction. */
export interface HandoutLanguage {
  code: string;
  /** The language's own name, so a clinician can find it for a client who reads it. */
  nativeName: string;
  englishName: string;
  direction: 'ltr' | 'rtl';
}

/** Languages offered for handouts. Directions follow the scripts these languages are usually written in. */
export const HANDOUT_LANGUAGES: readonly HandoutLanguage[] = [
  { code: 'en', nativeName: 'English', englishName: 'English', direction: 'ltr' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', direction: 'ltr' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', direction: 'ltr' },
  { code: 'de', nativeName: 'Deutsch', englishName: 'German', direction: 'ltr' },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', direction: 'ltr' },
  { code: 'it', nativeName: 'Italiano', englishName: 'Italian', direction: 'ltr' },
  { code: 'nl', nativeName: 'Nederlands', englishName: 'Dutch', direction: 'ltr' },
  { code: 'da', nativeName: 'Dansk', englishName: 'Danish', direction: 'ltr' },
  { code: 'sv', nativeName: 'Svenska', englishName: 'Swedish', direction: 'ltr' },
  { code: 'nb', nativeName: 'Norsk bokmål', englishName: 'Norwegian', direction: 'ltr' },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', direction: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', direction: 'ltr' },
  { code: 'el', nativeName: 'Ελληνικά', englishName: 'Greek', direction: 'ltr' },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', direction: 'ltr' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', direction: 'ltr' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', direction: 'rtl' },
  { code: 'he', nativeName: 'עברית', englishName: 'Hebrew', direction: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', englishName: 'Persian', direction: 'rtl' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', direction: 'rtl' },
  { code: 'zh', nativeName: '中文', englishName: 'Chinese', direction: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', englishName: 'Vietnamese', direction: 'ltr' },
];

/** The language codes, as a non-empty tuple for schema enums. */
export const HANDOUT_LANGUAGE_CODES = HANDOUT_LANGUAGES.map((l) => l.code) as [string, ...string[]];

/** Returns the writing direction for a handout language code (left-to-right when unknown). */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return HANDOUT_LANGUAGES.find((l) => l.code === code)?.direction ?? 'ltr';
}
