/** Why a document matched: the fields that matched, and whether only private text did. */
import { storedTermAnswers } from './query-policy';
import { INDEX_FIELDS, PRIVATE_FIELDS, type IndexField } from './search-document';

/** MiniSearch's match map: each matched stored term with the fields it matched in. */
export type MatchMap = Readonly<Record<string, readonly string[]>>;

/** The fields that matched, in the order of INDEX_FIELDS. */
export function matchedFields(match: MatchMap): IndexField[] {
  const seen = new Set<string>();
  for (const fields of Object.values(match)) for (const f of fields) seen.add(f);
  return INDEX_FIELDS.filter((f) => seen.has(f));
}

/**
 * True when some typed term is answered only by private fields — the document would not have
 * been found without the clinician's private reflection.
 */
export function isPrivateOnlyMatch(queryTerms: readonly string[], match: MatchMap): boolean {
  const entries = Object.entries(match);
  for (const q of queryTerms) {
    let anyField = false;
    let publicField = false;
    for (const [stored, fields] of entries) {
      if (!storedTermAnswers(q, stored)) continue;
      for (const f of fields) {
        anyField = true;
        if (!PRIVATE_FIELDS.has(f as IndexField)) publicField = true;
      }
      if (publicField) break;
    }
    if (anyField && !publicField) return true;
  }
  return false;
}
