import { en, type Catalogue, type MessageKey } from './en';

const catalogue: Catalogue = en;
const locale = 'en';
const plural = new Intl.PluralRules(locale);

/**
 * Looks up a message and fills `{name}` placeholders. Supports the small ICU plural form
 * `{count, plural, =0 {…} one {# …} other {# …}}`.
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = catalogue[key];
  const withPlurals = template.replace(
    /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^}]*\})+)\s*\}/g,
    (_match, name: string, cases: string) => {
      const count = Number(values[name] ?? 0);
      const options = new Map<string, string>();
      for (const [, selector, text] of cases.matchAll(
        /(=\d+|zero|one|two|few|many|other)\s*\{([^}]*)\}/g,
      )) {
        options.set(selector!, text!);
      }
      const chosen =
        options.get(`=${count}`) ?? options.get(plural.select(count)) ?? options.get('other') ?? '';
      return chosen.replace(/#/g, count.toLocaleString(locale));
    },
  );
  return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Dates are written by the one screen date formatter (lib/dates.ts), in the clinician's locale. */
export { formatDate, formatDateTime } from '../lib/dates';
