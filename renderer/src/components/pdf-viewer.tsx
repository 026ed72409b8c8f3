import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { Button } from './button';
import { t } from '../i18n/t';
import { openPdf } from '../lib/pdf-document';
import {
  type PdfZoom,
  pageCssWidth,
  shownScale,
  stepZoom,
  useViewportVersion,
} from '../lib/pdf-zoom';
import styles from './pdf-preview.module.css';

/** Props of the PDF viewer. */
export interface PdfViewerProps {
  /** The PDF bytes (the stored document, decrypted in memory by the main process). */
  bytes: Uint8Array;
  /** What the document is, for the page images' accessible names. */
  label: string;
}

type ViewState =
  { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy } | { status: 'error' };

/**
 * Shows a PDF page by page (mount it with a `key` per document: its state starts fresh) on a canvas, drawn by pdf.js from bytes in memory, with previous/next
 * buttons, PageUp/PageDown on the page, and the page number announced politely. Zoom: −, + and
 * "Fit width" (also -, + and 0 on the page); it starts at the paper's actual size in CSS pixels,
 * so the app's zoom enlarges it too, and a page wider than the preview scrolls inside it.
 */
export function PdfViewer({ bytes, label }: PdfViewerProps) {
  const [state, setState] = useState<ViewState>({ status: 'loading' });
  const [page, setPage] = useState(1);
  const [drawn, setDrawn] = useState(0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const paperRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<PdfZoom>({ mode: 'scale', scale: 1 });
  const [scale, setScale] = useState(1);
  const viewport = useViewportVersion();

  useEffect(() => {
    let current = true;
    let loaded: PDFDocumentProxy | null = null;
    openPdf(bytes.slice())
      .then((pdf) => {
        loaded = pdf;
        if (current) setState({ status: 'ready', pdf });
        else void pdf.destroy();
      })
      .catch(() => current && setState({ status: 'error' }));
    return () => {
      current = false;
      void loaded?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    if (state.status !== 'ready' || !canvasRef.current || !paperRef.current) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    const canvas = canvasRef.current;
    const paper = paperRef.current;
    void state.pdf.getPage(page).then((p) => {
      if (cancelled) return;
      const base = p.getViewport({ scale: 1 });
      const padding = parseFloat(getComputedStyle(paper).paddingInlineStart) * 2;
      const cssWidth = pageCssWidth(zoom, base.width, paper.clientWidth - padding);
      const cssHeight = (cssWidth / base.width) * base.height;
      // Sharp at the screen's density (the app's zoom raises it), within a bounded canvas size.
      const ratio = Math.min(
        window.devicePixelRatio || 1,
        Math.sqrt(16_000_000 / (cssWidth * cssHeight)),
      );
      const view = p.getViewport({ scale: (cssWidth / base.width) * ratio });
      canvas.width = Math.floor(view.width);
      canvas.height = Math.floor(view.height);
      canvas.style.width = `${Math.round(cssWidth)}px`;
      canvas.style.height = `${Math.round(cssHeight)}px`;
      setScale(shownScale(cssWidth, base.width));
      task = p.render({ canvas, viewport: view });
      task.promise.then(() => !cancelled && setDrawn(page)).catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [state, page, zoom, viewport]);

  if (state.status === 'loading')
    return <p className={styles.muted}>{t('documents.preview.loading')}</p>;
  if (state.status === 'error')
    return (
      <p role="alert" className={styles.errorBox}>
        {t('documents.preview.error')}
      </p>
    );
  const total = state.pdf.numPages;
  const go = (to: number) => setPage(Math.min(total, Math.max(1, to)));
  function onKey(event: KeyboardEvent) {
    if (event.key === 'PageDown' || event.key === 'ArrowRight') go(page + 1);
    else if (event.key === 'PageUp' || event.key === 'ArrowLeft') go(page - 1);
    else if (event.key === 'Home') go(1);
    else if (event.key === 'End') go(total);
    else if (event.key === '+' || event.key === '=') setZoom(stepZoom(zoom, scale, 1));
    else if (event.key === '-') setZoom(stepZoom(zoom, scale, -1));
    else if (event.key === '0') setZoom({ mode: 'fit' });
    else return;
    event.preventDefault();
  }
  return (
    <div className={styles.viewer}>
      <div className={styles.pager} role="group" aria-label={t('documents.preview.pages')}>
        <Button variant="quiet" isDisabled={page <= 1} onPress={() => go(page - 1)}>
          {t('documents.preview.previous')}
        </Button>
        <p aria-live="polite" className={styles.pageStatus}>
          {t('documents.preview.pageOf', { page, total })}
        </p>
        <Button variant="quiet" isDisabled={page >= total} onPress={() => go(page + 1)}>
          {t('documents.preview.next')}
        </Button>
      </div>
      <div className={styles.zoom} role="group" aria-label={t('documents.preview.zoom')}>
        <Button
          variant="quiet"
          isDisabled={zoom.mode === 'scale' && zoom.scale <= 0.5}
          onPress={() => setZoom(stepZoom(zoom, scale, -1))}
          aria-label={t('documents.preview.zoomOut')}
        >
          −
        </Button>
        <p aria-live="polite" className={styles.zoomStatus}>
          {t('documents.preview.zoomAt', { percent: Math.round(scale * 100) })}
        </p>
        <Button
          variant="quiet"
          isDisabled={zoom.mode === 'scale' && zoom.scale >= 4}
          onPress={() => setZoom(stepZoom(zoom, scale, 1))}
          aria-label={t('documents.preview.zoomIn')}
        >
          +
        </Button>
        <Button
          variant="quiet"
          aria-pressed={zoom.mode === 'fit'}
          onPress={() => setZoom({ mode: 'fit' })}
        >
          {t('documents.preview.fitWidth')}
        </Button>
      </div>
      <div className={styles.paper} ref={paperRef}>
        <canvas
          ref={canvasRef}
          className={styles.canvas}
          role="img"
          tabIndex={0}
          aria-label={t('documents.preview.pageImage', { label, page, total })}
          aria-keyshortcuts="PageUp PageDown Home End + - 0"
          onKeyDown={onKey}
          data-drawn-page={drawn}
        />
      </div>
    </div>
  );
}
