import { useState } from 'react';
import {
  type DocumentOutputKind,
  type DocumentSummary,
  letterOutputFor,
} from '../../../../core/documents/document-record';
import type { ReasonForEndingCode } from '../../../../core/checklist/reason-for-ending';
import type { DocumentKind } from '../../../../core/sessions/session';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { StoredPdfPreview } from '../../components/stored-pdf-preview';
import styles from './document-view.module.css';

/** What can be made for each kind of closing document. */
const OUTPUTS: Readonly<Record<DocumentKind, readonly DocumentOutputKind[]>> = {
  'closing-session': ['handout', 'discharge-summary'],
  'closure-letter': ['closure-letter'],
};

/** The PDFs stored with a session: preview in the app, re-export, save a copy; or make the first one (with the letter its reason for ending calls for). */
export function StoredPdfs({
  sessionId,
  kind,
  reason,
}: {
  sessionId: string;
  kind: DocumentKind;
  reason: ReasonForEndingCode | null;
}) {
  const [list, reload] = useApiLoad(() => window.api.documents.list({ sessionId }));
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setNotice('');
    try {
      setNotice(await action());
    } finally {
      setBusy(false);
    }
  }

  const exportNew = (output: DocumentOutputKind) =>
    run(async () => {
      const result = await window.api.documents.export({ sessionId, kind: output });
      reload();
      return result.ok ? t('docview.pdfs.exported') : result.error.message;
    });
  const reexport = (doc: DocumentSummary) =>
    run(async () => {
      const result = await window.api.documents.regenerate({ documentId: doc.id });
      reload();
      if (!result.ok) return result.error.message;
      return result.value.identical
        ? t('docview.pdfs.reexportSame')
        : t('docview.pdfs.reexportNew');
    });
  const saveCopy = (doc: DocumentSummary) =>
    run(async () => {
      const result = await window.api.documents.saveCopy({ documentId: doc.id });
      if (!result.ok) return result.error.message;
      return result.value.saved ? t('docview.pdfs.saved', { name: result.value.fileName }) : '';
    });

  const missing =
    list.status === 'ready'
      ? [...OUTPUTS[kind], ...(kind === 'closing-session' ? [letterOutputFor(reason)] : [])]
          .filter((o): o is DocumentOutputKind => o !== null)
          .filter((o) => !list.value.some((d) => d.kind === o))
      : [];
  return (
    <section aria-labelledby="docview-pdfs" className={styles.panel}>
      <h2 id="docview-pdfs" className={styles.panelTitle}>
        {t('docview.pdfs.title')}
      </h2>
      <p role="status" className={notice ? styles.notice : 'visually-hidden'}>
        {notice}
      </p>
      {list.status === 'loading' && <p className={styles.muted}>{t('common.loading')}</p>}
      {list.status === 'error' && (
        <div role="alert" className={styles.errorBox}>
          <p>{t('docview.pdfs.loadError')}</p>
          <p className={styles.muted}>{list.error.message}</p>
          <Button onPress={reload}>{t('common.retry')}</Button>
        </div>
      )}
      {list.status === 'ready' && list.value.length === 0 && (
        <p className={styles.muted}>{t('docview.pdfs.none')}</p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul className={styles.pdfList}>
          {list.value.map((doc) => (
            <li key={doc.id} className={styles.pdfItem}>
              <div className={styles.pdfHead}>
                <div>
                  <h3 className={styles.pdfTitle}>{t(`docview.outputTitle.${doc.kind}`)}</h3>
                  <p className={styles.muted}>
                    {t('docview.pdfs.made', { date: formatDate(doc.createdAt), pages: doc.pages })}
                  </p>
                </div>
                <div className={styles.actions}>
                  <Button
                    variant="secondary"
                    aria-expanded={previewId === doc.id}
                    onPress={() => setPreviewId((id) => (id === doc.id ? null : doc.id))}
                  >
                    {previewId === doc.id
                      ? t('docview.pdfs.hidePreview')
                      : t('docview.pdfs.preview')}
                  </Button>
                  <Button variant="quiet" isDisabled={busy} onPress={() => void reexport(doc)}>
                    {t('docview.pdfs.reexport')}
                  </Button>
                  <Button variant="quiet" isDisabled={busy} onPress={() => void saveCopy(doc)}>
                    {t('docview.pdfs.saveCopy')}
                  </Button>
                </div>
              </div>
              {previewId === doc.id && (
                <StoredPdfPreview
                  documentId={doc.id}
                  label={t('docview.pdfs.previewLabel', { kind: t(`docview.output.${doc.kind}`) })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <div className={styles.actions}>
          {missing.map((output) => (
            <Button
              key={output}
              variant="secondary"
              isDisabled={busy}
              onPress={() => void exportNew(output)}
            >
              {busy
                ? t('docview.pdfs.busy')
                : t('docview.pdfs.export', { kind: t(`docview.output.${output}`) })}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
