/**
 * The PDF documents methods. Exporting builds the document model from the session (core), renders
 * it with pdfkit (services/pdf) and stores the bytes in the vault as one encrypted record linked
 * to the session, with the time and the session's content hash. The preview reads the stored
 * bytes back; "Save a copy as…" writes plaintext only where the clinician chooses.
 */
import { basename, dirname, join } from 'node:path';
import type { Handlers } from '../../core/contract';
import type { documentMethods } from '../../core/contract-parts/documents';
import type {
  DocumentOptions,
  DocumentOutputKind,
  DocumentSummary,
  StoredDocument,
} from '../../core/documents/document-record';
import { defaultDocumentFileName, summarizeDocument } from '../../core/documents/document-record';
import { sanitizeFileName } from '../../core/documents/file-name';
import { defaultLetterText } from '../../core/handout-model/closure-letter';
import { wordsFor } from '../../core/handout-model/handout';
import { placeholderValues } from '../../core/handout-model/placeholders';
import { AppError } from '../../core/result';
import { countPages, fittedOnePage, renderKind } from './documents/build-document';
import { documentSource, readSession, sessionContentHash } from './documents/document-source';
import type { HandlerContext } from './handler-context';
import type { RecordIndex } from './store/record-index';
import { writeFileAtomicAt } from './store/atomic-write';
import { newRecordId } from './store/record-store';
import type { OpenVault } from './vault/open-vault';
import { auditNow } from './vault/open-vault';

type DocumentHandlers = Pick<Handlers, keyof typeof documentMethods>;

/** The vault record kind of stored documents. */
export const DOCUMENT_KIND = 'document';

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function sessionDocuments(index: RecordIndex, sessionId: string): DocumentSummary[] {
  return index
    .summaries<DocumentSummary>(DOCUMENT_KIND)
    .filter((d) => d.sessionId === sessionId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map((d) => ({ ...d, options: structuredClone(d.options) }));
}

async function storedDocument(index: RecordIndex, documentId: string): Promise<StoredDocument> {
  if (!index.summary(DOCUMENT_KIND, documentId))
    throw new AppError('not-found', 'That document does not exist.');
  return (await index.get<StoredDocument>(DOCUMENT_KIND, documentId)).data;
}

/** Makes a PDF for a session (at `createdAt`, the PDF's fixed creation date) without storing it. */
async function makePdf(
  context: HandlerContext,
  open: OpenVault,
  sessionId: string,
  kind: DocumentOutputKind,
  options: DocumentOptions,
  createdAt: string,
) {
  const session = await readSession(open.index, sessionId);
  const source = documentSource({
    index: open.index,
    session,
    settings: context.settings().get(),
    resourcesDir: context.resourcesDir,
    createdAt,
    options,
  });
  const pdf = await renderKind(kind, source, options, join(context.resourcesDir, 'fonts'));
  return { session, pdf };
}

async function storeNew(
  context: HandlerContext,
  open: OpenVault,
  sessionId: string,
  kind: DocumentOutputKind,
  options: DocumentOptions,
): Promise<DocumentSummary> {
  const createdAt = context.now().toISOString();
  const { session, pdf } = await makePdf(context, open, sessionId, kind, options, createdAt);
  const record: StoredDocument = {
    id: newRecordId(),
    sessionId,
    clientId: session.clientId,
    kind,
    options,
    createdAt,
    contentHash: sessionContentHash(session),
    sessionStatus: session.finalization.status,
    pages: countPages(pdf),
    bytes: pdf.byteLength,
    pdf: toBase64(pdf),
  };
  await open.index.save(DOCUMENT_KIND, record.id, record, 0);
  await auditNow(open, context.now, {
    type: 'document-exported',
    recordKind: DOCUMENT_KIND,
    recordId: record.id,
  });
  return summarizeDocument(record);
}

/** Where to write a copy: the chosen folder and a sanitized name that ends in .pdf. */
function safeTarget(chosen: string, fallback: string): string {
  let name = sanitizeFileName(basename(chosen), fallback);
  if (!/\.pdf$/i.test(name)) name = sanitizeFileName(`${name}.pdf`, fallback);
  return join(dirname(chosen), name);
}

/** Creates the PDF documents methods; every one answers `locked` while the vault is locked. */
export function createDocumentHandlers(context: HandlerContext): DocumentHandlers {
  const { vault, now, dialogs } = context;
  return {
    'documents.export': ({ sessionId, kind, options }) =>
      vault.use((open) => storeNew(context, open, sessionId, kind, options)),

    'documents.onePageFit': ({ sessionId, sections, pageSize }) =>
      vault.use(async ({ index }) => {
        const session = await readSession(index, sessionId);
        const options: DocumentOptions = {
          ...(sections ? { sections } : {}),
          ...(pageSize ? { pageSize } : {}),
        };
        const source = documentSource({
          index,
          session,
          settings: context.settings().get(),
          resourcesDir: context.resourcesDir,
          createdAt: now().toISOString(),
          options,
        });
        return fittedOnePage(source, options, join(context.resourcesDir, 'fonts')).fit;
      }),

    'documents.list': ({ sessionId }) =>
      vault.use(async ({ index }) => sessionDocuments(index, sessionId)),

    'documents.getPdf': ({ documentId }) =>
      vault.use(async ({ index }) => {
        const stored = await storedDocument(index, documentId);
        return { document: summarizeDocument(stored), base64: stored.pdf };
      }),

    'documents.saveCopy': ({ documentId }) =>
      vault.use(async (open) => {
        const stored = await storedDocument(open.index, documentId);
        const defaultName = defaultDocumentFileName(stored.kind, stored.createdAt);
        const chosen = await dialogs.chooseSavePath({
          title: 'Save a copy of the PDF',
          defaultName,
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        });
        if (!chosen) return { saved: false } as const;
        const target = safeTarget(chosen, defaultName);
        try {
          await writeFileAtomicAt(target, Buffer.from(stored.pdf, 'base64'));
        } catch {
          throw new AppError(
            'io',
            'The copy could not be written there. Choose another folder and try again.',
          );
        }
        await auditNow(open, now, {
          type: 'document-saved',
          recordKind: DOCUMENT_KIND,
          recordId: stored.id,
        });
        return { saved: true, fileName: basename(target) } as const;
      }),

    'documents.regenerate': ({ documentId }) =>
      vault.use(async (open) => {
        const stored = await storedDocument(open.index, documentId);
        const { pdf } = await makePdf(
          context,
          open,
          stored.sessionId,
          stored.kind,
          stored.options,
          stored.createdAt,
        );
        if (toBase64(pdf) === stored.pdf)
          return { identical: true, document: summarizeDocument(stored) };
        return {
          identical: false,
          document: await storeNew(context, open, stored.sessionId, stored.kind, stored.options),
        };
      }),

    'documents.letterText': ({ sessionId, variant }) =>
      vault.use(async ({ index }) => {
        const session = await readSession(index, sessionId);
        const source = documentSource({
          index,
          session,
          settings: context.settings().get(),
          resourcesDir: context.resourcesDir,
          createdAt: now().toISOString(),
          options: {},
        });
        const last = sessionDocuments(index, sessionId).find(
          (d) =>
            d.kind === 'closure-letter' &&
            d.options.variant === variant &&
            d.options.text !== undefined,
        );
        const words = wordsFor(source);
        const defaultText = defaultLetterText(variant, words);
        return {
          text: last?.options.text ?? defaultText,
          isDefault: !last,
          defaultText,
          values: placeholderValues(source, words),
        };
      }),
  };
}
