/**
 * Placeholders in the closure letter's editable text, such as {clientName} or {practicePhone}.
 * They are filled from the clinician's profile and the client when the letter is built, so the
 * clinician edits one wording and every letter gets the right names.
 */
import { formatDocumentDate } from './format-date';
import type { DocumentWords } from '../handout-i18n/document-words';
import type { DocumentSource } from './source';
import { addressName } from './source';

/** The placeholders a letter may use. */
export const LETTER_PLACEHOLDERS = [
  'clientName',
  'clinicianName',
  'credentials',
  'practiceName',
  'practicePhone',
  'practiceEmail',
  'practiceAddress',
  'practiceWebsite',
  'practiceContact',
  'date',
] as const;

/** One placeholder name. */
export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

/** What each placeholder stands for, from the profile, the client and the date. */
export function placeholderValues(
  source: Pick<DocumentSource, 'client' | 'profile' | 'date' | 'handout'>,
  words?: DocumentWords,
): Record<LetterPlaceholder, string> {
  const p = source.profile;
  return {
    clientName: addressName(source.client),
    clinicianName: p.name.trim(),
    credentials: p.credentials.trim(),
    practiceName: p.practiceName.trim(),
    practicePhone: p.phone.trim(),
    practiceEmail: p.email.trim(),
    practiceAddress: p.address.trim(),
    practiceWebsite: p.website.trim(),
    practiceContact: contactForLetter(source.profile, words),
    date: words
      ? words.date(source.date, source.handout.dateFormat)
      : formatDocumentDate(source.date, source.handout.dateFormat),
  };
}

/**
 * How to reach the practice, for "contact me at …": the phone and e-mail that are filled in, as an
 * "or" list in the letter's language; the website, address or practice name when both are blank.
 */
export function contactForLetter(
  profile: Pick<
    DocumentSource['profile'],
    'phone' | 'email' | 'website' | 'address' | 'practiceName'
  >,
  words?: Pick<DocumentWords, 'or'>,
): string {
  const ways = [profile.phone, profile.email].map((s) => s.trim()).filter(Boolean);
  if (ways.length > 0)
    return words ? words.or(ways) : new Intl.ListFormat('en', { type: 'disjunction' }).format(ways);
  return (
    [profile.website, profile.address, profile.practiceName].map((s) => s.trim()).find(Boolean) ??
    ''
  );
}

/**
 * Turns "{practicePhone} or {practiceEmail}" (in any language: a short joining word between the
 * two) into {practiceContact}, so a blank phone or e-mail never leaves "at  or" in a letter.
 */
export function joinContactPlaceholders(text: string): string {
  return text.replace(
    /\{practicePhone\}[^{}\n.,;:!?]{1,24}\{practiceEmail\}/g,
    '{practiceContact}',
  );
}

/** Tidies what blank placeholders leave: doubled spaces and a space before a full stop or comma (French spacing before : ; ! ? is kept). */
export function tidyFilled(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ +([.,])/g, '$1')
        .replace(/^ +| +$/g, ''),
    )
    .join('\n');
}

/**
 * Replaces each known {placeholder} with its value; unknown ones are left exactly as typed so a
 * typo shows up in the preview rather than vanishing.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole,
  );
}

/** The placeholders in a text that are not known (for a gentle warning in the editor). */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(LETTER_PLACEHOLDERS);
  return [
    ...new Set(
      [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!).filter((n) => !known.has(n)),
    ),
  ];
}
