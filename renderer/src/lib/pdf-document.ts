/**
 * pdf.js set up for the renderer: the worker is bundled by Vite and served from 'self' (no blob:
 * or remote script), eval is off, no system fonts, and documents are opened from bytes in memory
 * — never from a file path or file:// URL.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF held in memory. */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  }).promise;
}
