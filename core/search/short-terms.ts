/**
 * Words of one or two letters ("a", "cs", "KL/2") say little and, looked up as prefixes in the
 * full index, expand to thousands of stored terms on every keystroke. They only ever match the
 * start of a name or record code word, so this small map answers them directly: for every
 * name and code word, its first one and two characters → the documents that have it.
 */
import { codeFieldText, nameFieldText, type DocumentMeta } from './search-document';
import { isCjkTerm, indexedForms, searchTerms } from './tokenize';

/** The folded name and record-code words of a document, each with the field it is in. */
export function nameCodeTerms(doc: DocumentMeta): { name: string[]; code: string[] } {
  const name = searchTerms(nameFieldText(doc)).flatMap(indexedForms);
  const code = searchTerms(codeFieldText(doc));
  return { name, code };
}

/** The prefixes of one or two characters a short query word can be (never CJK: one CJK character is a full word). */
function shortPrefixes(term: string): string[] {
  if (isCjkTerm(term)) return [];
  const chars = Array.from(term);
  const out: string[] = [];
  if (chars.length >= 1) out.push(chars[0] as string);
  if (chars.length >= 2) out.push(`${chars[0] as string}${chars[1] as string}`);
  return out;
}

/** The documents whose name or record code has a word starting with a short term. */
export interface ShortTermIndex {
  add(doc: DocumentMeta): void;
  remove(doc: DocumentMeta): void;
  /** The documents with a name or code word starting with `term` (one or two characters). */
  ids(term: string): ReadonlySet<string>;
  clear(): void;
  /** Every prefix with its documents (for storing the map instead of rebuilding it). */
  entries(): IterableIterator<[prefix: string, ids: ReadonlySet<string>]>;
  /** Adds stored entries (documents given by id), as `add` would have for their documents. */
  load(prefix: string, ids: Iterable<string>): void;
}

const EMPTY: ReadonlySet<string> = new Set();

function keysOf(doc: DocumentMeta): Set<string> {
  const { name, code } = nameCodeTerms(doc);
  const keys = new Set<string>();
  for (const term of [...name, ...code]) for (const p of shortPrefixes(term)) keys.add(p);
  return keys;
}

/** Creates an empty short-term map. */
export function createShortTermIndex(): ShortTermIndex {
  const map = new Map<string, Set<string>>();
  return {
    add(doc) {
      for (const key of keysOf(doc)) {
        let set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        set.add(doc.sessionId);
      }
    },
    remove(doc) {
      for (const key of keysOf(doc)) {
        const set = map.get(key);
        if (!set) continue;
        set.delete(doc.sessionId);
        if (set.size === 0) map.delete(key);
      }
    },
    ids: (term) => map.get(term) ?? EMPTY,
    clear: () => map.clear(),
    entries: () => map.entries(),
    load(prefix, ids) {
      let set = map.get(prefix);
      if (!set) map.set(prefix, (set = new Set()));
      for (const id of ids) set.add(id);
      if (set.size === 0) map.delete(prefix);
    },
  };
}

/** The stored name and code words of a document that start with a short term, for highlighting. */
export function shortTermMatches(doc: DocumentMeta, term: string): Record<string, string[]> {
  const { name, code } = nameCodeTerms(doc);
  const match: Record<string, string[]> = {};
  for (const t of name) if (t.startsWith(term)) (match[t] ??= []).push('name');
  for (const t of code)
    if (t.startsWith(term) && !match[t]?.includes('code')) (match[t] ??= []).push('code');
  return match;
}
