/**
 * Planning a typed query. Every word must match (AND). Words of three or more characters (and
 * any Chinese or Japanese character) are looked up in every field, as prefixes and with typo
 * tolerance. Shorter words are looked up only as the start of a name or record code: one or
 * two letters say little about the notes, and expanding them over every field of 10,000
 * documents is what makes search-as-you-type slow. A short word still being typed at the end
 * of a longer query only lifts matching names up the list, so results do not collapse while
 * the next word is half-typed.
 */
import { codePointLength } from './fuzzy';
import type { IndexField } from './search-document';
import { INDEX_FIELDS } from './search-document';
import { isCjkTerm, searchTerms } from './tokenize';

/** Words shorter than this (in characters) match names and codes only. */
export const SHORT_TERM_CHARS = 3;

/** The longest query looked at (characters); the rest is ignored, bounding the work per keystroke. */
export const MAX_QUERY_CHARS = 200;

/** The most words a query is looked up by; further words are ignored. */
export const MAX_QUERY_TERMS = 12;

/** The fields a short word is looked up in. */
export const NAME_FIELDS: readonly IndexField[] = ['name', 'code'];

/** One word of the plan and where it is looked up. */
export interface PlannedTerm {
  term: string;
  fields: readonly IndexField[];
  /** Short words: prefix of a name or code only, no typo tolerance. */
  short: boolean;
}

/** What a typed query becomes. */
export interface QueryPlan {
  /** Every folded term typed. */
  terms: string[];
  /** Terms every result must match. */
  required: PlannedTerm[];
  /** A short word still being typed at the end: lifts names that start with it, excludes nothing. */
  optional: string | null;
}

/** Tells whether a folded term is short (matched against names and codes only). */
export function isShortTerm(term: string): boolean {
  return !isCjkTerm(term) && codePointLength(term) < SHORT_TERM_CHARS;
}

/** Plans a query: which terms are required, and where each is looked up. */
export function planQuery(typed: string, includePrivate: boolean): QueryPlan {
  const text = typed.length > MAX_QUERY_CHARS ? typed.slice(0, MAX_QUERY_CHARS) : typed;
  const terms = searchTerms(text).slice(0, MAX_QUERY_TERMS);
  const allFields = includePrivate ? INDEX_FIELDS : INDEX_FIELDS.filter((f) => f !== 'private');
  const planned = terms.map((term) => {
    const short = isShortTerm(term);
    return { term, short, fields: short ? NAME_FIELDS : allFields };
  });
  const last = planned[planned.length - 1];
  const stillTyping = !/\s$/u.test(text);
  if (last && last.short && stillTyping && planned.some((p) => !p.short)) {
    return { terms, required: planned.slice(0, -1), optional: last.term };
  }
  return { terms, required: planned, optional: null };
}
