/** Turning an indexed document into a result: highlighted names, snippet, privacy mark. */
import { isPrivateOnlyMatch, matchedFields, type MatchMap } from './explain-match';
import { highlightText, type HighlightedText } from './highlight';
import type { SearchDocument } from './search-document';
import type { ArchiveHit } from './search-types';
import { listingSnippet, makeSnippet } from './snippet';

const NOTHING: ReadonlySet<string> = new Set();

function preferred(doc: SearchDocument, terms: ReadonlySet<string>): HighlightedText | null {
  if (!doc.preferredName || doc.preferredName === doc.clientDisplayName) return null;
  return highlightText(doc.preferredName, terms);
}

function base(
  doc: SearchDocument,
): Omit<
  ArchiveHit,
  'clientName' | 'preferredName' | 'recordCode' | 'score' | 'matchedIn' | 'privateOnly' | 'snippet'
> {
  return {
    sessionId: doc.sessionId,
    clientId: doc.clientId,
    kind: doc.kind,
    status: doc.status,
    date: doc.date,
    templateId: doc.templateId,
    templateName: doc.templateName,
    reasonCode: doc.reasonCode,
  };
}

/** A result for a document listed without a query: no highlights, a plain snippet. */
export function listedHit(doc: SearchDocument): ArchiveHit {
  return {
    ...base(doc),
    clientName: highlightText(doc.clientDisplayName, NOTHING),
    preferredName: preferred(doc, NOTHING),
    recordCode: highlightText(doc.recordCode, NOTHING),
    score: 0,
    matchedIn: [],
    privateOnly: false,
    snippet: listingSnippet(doc),
  };
}

/**
 * A result for a document found by a query: the matched words highlighted in the names, code
 * and snippet, the fields that matched, and whether only the private reflection did.
 */
export function explainedHit(
  doc: SearchDocument,
  score: number,
  queryTerms: readonly string[],
  match: MatchMap,
  includePrivate: boolean,
): ArchiveHit {
  const terms = new Set(Object.keys(match));
  const fields = matchedFields(match);
  // A word that matched the client's name or record code is the name, not a reason to show text
  // (a note that mentions "Ana" is not shown because "Ana" was typed).
  const beyondName = new Set(
    Object.entries(match)
      .filter(([, f]) => !f.includes('name') && !f.includes('code'))
      .map(([t]) => t),
  );
  return {
    ...base(doc),
    clientName: highlightText(doc.clientDisplayName, terms),
    preferredName: preferred(doc, terms),
    recordCode: highlightText(doc.recordCode, terms),
    score,
    matchedIn: fields,
    privateOnly: isPrivateOnlyMatch(queryTerms, match),
    snippet: makeSnippet(doc, beyondName, new Set(fields), includePrivate),
  };
}
