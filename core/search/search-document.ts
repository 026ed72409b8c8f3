/**
 * What the archive index knows about one closing document: a plain summary derived from the
 * decrypted client and session records. It exists only in memory, in the main process, while
 * the vault is unlocked.
 */

/** The kinds of archived document (the same as a session's kind). */
export type SearchDocumentKind = 'closing-session' | 'closure-letter';

/** Where a document stands (the same as a session's status). */
export type SearchDocumentStatus = 'draft' | 'finalized';

/** A referral made in the document: the organisation (or person) and what kind of service it is. */
export interface SearchReferral {
  name: string;
  kind: string;
}

/** One closing document as the archive search sees it. */
export interface SearchDocument {
  /** The session's record id; unique in the index. */
  sessionId: string;
  clientId: string;
  clientDisplayName: string;
  /** The name used in the handout; empty when the same as the display name. */
  preferredName: string;
  /** The clinician's own record code, e.g. "CS-2023-014"; may be empty. */
  recordCode: string;
  kind: SearchDocumentKind;
  status: SearchDocumentStatus;
  templateId: string;
  templateName: string;
  /** The reason-for-ending code (e.g. "goals-met"), or null when not recorded yet. */
  reasonCode: string | null;
  /** The reason as shown on screen, plus any explanation typed for "other". */
  reasonText: string;
  /** The document's date (ISO 8601, at least YYYY-MM-DD): the session date, or the letter's. */
  date: string;
  /** When the record was last changed (ISO 8601); breaks ties when sorting by date. */
  updatedAt: string;
  /** When it was finalized (ISO 8601), or null for a draft. */
  finalizedAt: string | null;
  goals: string[];
  achievements: string[];
  /** The plan for continued growth: ongoing goals, first steps, coping, warning signs. */
  plan: string[];
  referrals: SearchReferral[];
  /** The clinician's notes (client notes and session notes). */
  notes: string[];
  /**
   * Notes only the clinician sees: what the client said in feedback, ruptures and repair.
   * Searched like notes, but shown as a snippet only when the query matched inside them, and
   * then behind a "show" control.
   */
  clinicianNotes: string[];
  /** The clinician's private reflection: searchable, marked in results, never client-facing. */
  privateReflection: string[];
}

/** The fields of a document that hold its text (the rest describe it: names, dates, status…). */
export const TEXT_FIELDS = [
  'goals',
  'achievements',
  'plan',
  'referrals',
  'notes',
  'clinicianNotes',
  'privateReflection',
] as const;

/** One field of a document's text. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** A document without its text: what filters, sorting and the names and codes need. */
export type DocumentMeta = Omit<SearchDocument, TextField>;

/** The groups of text the index searches, each with its own weight. */
export const INDEX_FIELDS = [
  'name',
  'code',
  'referrals',
  'clinical',
  'about',
  'notes',
  'private',
] as const;

/** One indexed group of text. */
export type IndexField = (typeof INDEX_FIELDS)[number];

/** How much a match in each field counts: names and record code highest, private lowest. */
export const FIELD_BOOSTS: Readonly<Record<IndexField, number>> = {
  name: 6,
  code: 6,
  referrals: 2.5,
  clinical: 1.5,
  about: 1.2,
  notes: 1,
  private: 0.8,
};

/** Fields whose text only the clinician ever sees. */
export const PRIVATE_FIELDS: ReadonlySet<IndexField> = new Set<IndexField>(['private']);

/** The longest text taken from one item for indexing (characters); longer text is cut. */
export const MAX_INDEXED_ITEM_CHARS = 20_000;

function clip(text: string): string {
  return text.length > MAX_INDEXED_ITEM_CHARS ? text.slice(0, MAX_INDEXED_ITEM_CHARS) : text;
}

function joinItems(items: readonly string[]): string {
  return items.map(clip).join('\n');
}

/** The record code with separators removed, so "cs2023014" finds "CS-2023-014". */
export function compactCode(code: string): string {
  return code.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The indexed text of a document's names: the display name and a different preferred name. */
export function nameFieldText(doc: DocumentMeta): string {
  return doc.preferredName && doc.preferredName !== doc.clientDisplayName
    ? `${clip(doc.clientDisplayName)}\n${clip(doc.preferredName)}`
    : clip(doc.clientDisplayName);
}

/** The indexed text of a document's record code: as written and without separators. */
export function codeFieldText(doc: DocumentMeta): string {
  const compact = compactCode(doc.recordCode);
  return compact && compact !== doc.recordCode ? `${doc.recordCode} ${compact}` : doc.recordCode;
}

/** The text of one indexed field of a document. */
export function indexFieldText(doc: SearchDocument, field: IndexField): string {
  switch (field) {
    case 'name':
      return nameFieldText(doc);
    case 'code':
      return codeFieldText(doc);
    case 'referrals':
      return doc.referrals.map((r) => `${clip(r.name)}\n${clip(r.kind)}`).join('\n');
    case 'clinical':
      return `${joinItems(doc.goals)}\n${joinItems(doc.achievements)}\n${joinItems(doc.plan)}`;
    case 'about':
      // The reason for ending only: the template's name is the template's, not the client's (a filter finds it).
      return clip(doc.reasonText);
    case 'notes':
      return doc.clinicianNotes.length > 0
        ? `${joinItems(doc.notes)}\n${joinItems(doc.clinicianNotes)}`
        : joinItems(doc.notes);
    case 'private':
      return joinItems(doc.privateReflection);
  }
}
