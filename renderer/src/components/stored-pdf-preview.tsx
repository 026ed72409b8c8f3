import { lazy, Suspense, useMemo } from 'react';
import { Button } from './button';
import { t } from '../i18n/t';
import { useApiLoad } from '../lib/use-api-call';
import { base64ToBytes } from '../lib/base64';
import styles from './pdf-preview.module.css';

// pdf.js is loaded only when a preview is first shown, keeping the app's start light.
const PdfViewer = lazy(() => import('./pdf-viewer').then((m) => ({ default: m.PdfViewer })));

/** Loads a stored PDF from the vault and shows it in the app (no temp file, no file:// URL). */
export function StoredPdfPreview({ documentId, label }: { documentId: string; label: string }) {
  const [pdf, reload] = useApiLoad(() => window.api.documents.getPdf({ documentId }));
  const bytes = useMemo(
    () => (pdf.status === 'ready' ? base64ToBytes(pdf.value.base64) : null),
    [pdf],
  );
  return (
    <section className={styles.preview} aria-label={label}>
      {pdf.status === 'loading' && <p className={styles.muted}>{t('documents.preview.loading')}</p>}
      {pdf.status === 'error' && (
        <div role="alert" className={styles.errorBox}>
          <p>{t('documents.preview.error')}</p>
          <Button onPress={reload}>{t('common.retry')}</Button>
        </div>
      )}
      {bytes && (
        <Suspense fallback={<p className={styles.muted}>{t('documents.preview.loading')}</p>}>
          <PdfViewer key={documentId} bytes={bytes} label={label} />
        </Suspense>
      )}
    </section>
  );
}
