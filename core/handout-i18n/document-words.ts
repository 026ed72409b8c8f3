/**
 * The wording of one client-facing document in one language: the language's catalogue with the
 * clinician's rewritten sentences (Settings → Handout) laid over it, formatted with
 * intl-messageformat; dates and lists by Intl in that language. A language without a complete
 * catalogue gets English.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { ClientWords } from '../client-words/messages-en';
import type { InlineText, TextSpan } from '../document/inline-text';
import type { DateFormat } from '../settings/settings-fields';
import { CATALOGUE_EN, type Catalogue, type CatalogueKey } from './catalogue';
import { DOCUMENT_CATALOGUES } from './catalogues';
import { icuOverrideProblem } from './icu';

/** Rewritten sentences per language: language code → key → ICU message. */
export type WordingOverrides = Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>;

/** Arguments of a message. */
export type MessageArgs = Readonly<Record<string, string | number>>;

/** One document's wording, in the language it will be printed in. */
export interface DocumentWords {
  /** The language the wording is in (the client's, or 'en' when it has no complete catalogue). */
  lang: string;
  /** The catalogue in use, with the clinician's rewritten sentences. */
  catalogue: Catalogue;
  /** A formatted message. */
  t(key: CatalogueKey, args?: MessageArgs): string;
  /** A formatted message as inline text, with the values of `strong` arguments in bold. */
  inline(key: CatalogueKey, args: MessageArgs, strong: readonly string[]): InlineText;
  /** A YYYY-MM-DD date in the clinician's date format; 'long' is written in this language. */
  date(date: string, format: DateFormat): string;
  /** "a or b" in this language. */
  or(items: readonly string[]): string;
  /** The client's plain words (the same catalogue, as core/client-words expects it). */
  clientWords: ClientWords;
}

/** Whether a handout language has a complete catalogue. */
export function hasCatalogue(lang: string): boolean {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_CATALOGUES, lang);
}

/** The language codes with a complete catalogue. */
export function catalogueLanguages(): string[] {
  return Object.keys(DOCUMENT_CATALOGUES);
}

/**
 * The Intl locale of a language: Latin digits everywhere, so numbers read like the phone numbers
 * beside them, and the Gregorian calendar, so a date means the same day as the clinician's records.
 */
export function intlLocale(lang: string): string {
  return `${lang === 'en' ? 'en-GB' : lang}-u-ca-gregory-nu-latn`;
}

/** The catalogue of a language with valid overrides laid over it (an override that is not valid ICU with the same arguments is ignored). */
export function catalogueWithOverrides(lang: string, overrides: WordingOverrides = {}): Catalogue {
  const base = DOCUMENT_CATALOGUES[lang] ?? CATALOGUE_EN;
  const own = overrides[lang] ?? {};
  const out: Record<string, string> = { ...base };
  for (const [key, message] of Object.entries(own)) {
    if (key in base && icuOverrideProblem(base[key as CatalogueKey], message) === null)
      out[key] = message;
  }
  return out as Catalogue;
}

const MARK_OPEN = '\u{E000}';
const MARK_CLOSE = '\u{E001}';

/** The wording of documents for a client whose handout language is `lang`. */
export function documentWords(lang: string, overrides: WordingOverrides = {}): DocumentWords {
  const used = hasCatalogue(lang) ? lang : 'en';
  const catalogue = catalogueWithOverrides(used, overrides);
  const locale = intlLocale(used);
  const t = (key: CatalogueKey, args: MessageArgs = {}): string =>
    String(
      new IntlMessageFormat(catalogue[key], locale, undefined, { ignoreTag: true }).format(args),
    );
  return {
    lang: used,
    catalogue,
    t,
    inline(key, args, strong) {
      const marked: Record<string, string | number> = { ...args };
      strong.forEach((name, i) => {
        marked[name] = `${MARK_OPEN}${i}${MARK_CLOSE}`;
      });
      const text = t(key, marked);
      const spans: TextSpan[] = [];
      for (const [i, piece] of text
        .split(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`))
        .entries()) {
        if (i % 2 === 1)
          spans.push({ text: String(args[strong[Number(piece)]!] ?? ''), emphasis: 'strong' });
        else if (piece) spans.push({ text: piece });
      }
      return spans;
    },
    date(date, format) {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
      if (!match || format !== 'long') return formatNumericDate(date, format);
      const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(when);
    },
    or(items) {
      return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
    },
    clientWords: catalogue,
  };
}

function formatNumericDate(date: string, format: DateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return format === 'iso'
    ? `${y}-${m}-${d}`
    : format === 'dmy'
      ? `${d}/${m}/${y}`
      : format === 'mdy'
        ? `${m}/${d}/${y}`
        : `${y}-${m}-${d}`;
}
