import { useState } from 'react';
import type { DocumentSummary } from '../../../../core/documents/document-record';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { StoredPdfPreview } from '../../components/stored-pdf-preview';
import styles from './documents.module.css';

/** After export: where the PDF is (the vault), "Save a copy as…", and the in-app preview of the stored bytes. */
export function ExportResult({
  document,
  onAnother,
  onDone,
}: {
  document: DocumentSummary;
  onAnother: () => void;
  onDone: () => void;
}) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const name = t(`documents.kind.${document.kind}`);

  async function saveCopy() {
    setBusy(true);
    const result = await window.api.documents.saveCopy({ documentId: document.id });
    setBusy(false);
    if (!result.ok) setStatus(result.error.message);
    else
      setStatus(
        result.value.saved
          ? t('documents.result.savedCopy', { name: result.value.fileName })
          : t('documents.result.notSaved'),
      );
  }

  return (
    <div className={styles.form}>
      <div className={styles.notice}>
        <p>
          <strong>{t('documents.result.stored', { kind: name })}</strong>
        </p>
        <p>
          {t('documents.result.details', {
            pages: document.pages,
            size: Math.max(1, Math.round(document.bytes / 1024)),
          })}
        </p>
      </div>
      <div className={styles.actions}>
        <Button variant="primary" isDisabled={busy} onPress={() => void saveCopy()}>
          {t('documents.result.saveCopy')}
        </Button>
        <Button variant="secondary" onPress={onAnother}>
          {t('documents.result.another')}
        </Button>
        <Button variant="quiet" onPress={onDone}>
          {t('documents.result.done')}
        </Button>
      </div>
      <p role="status" className={status ? styles.hint : 'visually-hidden'}>
        {status}
      </p>
      <h2 className={styles.groupLabel}>{t('documents.preview.title')}</h2>
      <StoredPdfPreview documentId={document.id} label={name} />
    </div>
  );
}
