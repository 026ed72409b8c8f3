/**
 * A stored document: the PDF bytes (encrypted with the rest of the vault record), linked to its
 * session, with the time it was made and the session's content hash at that moment, plus the
 * options it was made with so re-export gives the same document.
 */
import { letterForReason, type ReasonForEndingCode } from '../checklist/reason-for-ending';

/** The documents the app produces. */
export const DOCUMENT_OUTPUT_KINDS = [
  'handout',
  'handout-one-page',
  'discharge-summary',
  'closure-letter',
  'transfer-letter',
  'acknowledgement-letter',
] as const;

/** One kind of produced document. */
export type DocumentOutputKind = (typeof DOCUMENT_OUTPUT_KINDS)[number];

/**
 * The letter made as a document of its own for a reason for ending: the transfer letter when the
 * clinician leaves or refers the client on, the acknowledgement letter when the client ended by
 * message; null otherwise (the closure letter has its own editor, a planned ending the handout).
 */
export function letterOutputFor(reason: ReasonForEndingCode | null): DocumentOutputKind | null {
  const letter = reason ? letterForReason(reason) : null;
  return letter === 'transfer'
    ? 'transfer-letter'
    : letter === 'acknowledgement'
      ? 'acknowledgement-letter'
      : null;
}

/** The stem of each kind's default file name (never client data). */
const FILE_STEMS: Readonly<Record<DocumentOutputKind, string>> = {
  handout: 'handout',
  'handout-one-page': 'handout-one-page',
  'discharge-summary': 'discharge-summary',
  'closure-letter': 'closure-letter',
  'transfer-letter': 'transfer-letter',
  'acknowledgement-letter': 'acknowledgement-letter',
};

/** The default file name of a saved copy, e.g. `handout-2026-11-26.pdf` or `handout-one-page-2026-11-26.pdf` (date YYYY-MM-DD). */
export function defaultDocumentFileName(kind: DocumentOutputKind, date: string): string {
  return `${FILE_STEMS[kind]}-${date.slice(0, 10)}.pdf`;
}

/** The options a document was made with (kept so re-export makes the same document). */
export interface DocumentOptions {
  pageSize?: 'A4' | 'Letter';
  /** One-page handout: the parts picked. */
  sections?: string[];
  /** Closure letter: variant and wording with placeholders. */
  variant?: 'minimal' | 'clinical';
  text?: string;
  /** Discharge summary: facts about the course of care the clinician adds at export. */
  course?: {
    firstSession?: string;
    lastSession?: string;
    attended?: number;
    missed?: number;
    presentingConcerns?: string;
    services?: string;
  };
}

/** A document as stored in the vault. */
export interface StoredDocument {
  id: string;
  sessionId: string;
  clientId: string;
  kind: DocumentOutputKind;
  options: DocumentOptions;
  /** When it was made (ISO 8601); also the PDF's fixed creation date. */
  createdAt: string;
  /** SHA-256 of the session's canonical content when it was made (the finalized hash, or computed for a draft). */
  contentHash: string;
  /** Whether the session was finalized when the document was made. */
  sessionStatus: 'draft' | 'finalized';
  pages: number;
  bytes: number;
  /** The PDF, base64. */
  pdf: string;
}

/** What lists show of a stored document (no bytes). */
export type DocumentSummary = Omit<StoredDocument, 'pdf'>;

/** Reduces a stored document to its summary. */
export function summarizeDocument(doc: StoredDocument): DocumentSummary {
  const { pdf: _pdf, ...summary } = doc;
  return summary;
}
