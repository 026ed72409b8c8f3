import { describeReason } from '../../../../core/checklist/reason-for-ending';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { AmendmentsView } from './amendments-view';
import { CheckInPanel } from './check-in-panel';
import { SessionContentView } from './session-content-view';
import { StoredPdfs } from './stored-pdfs';
import styles from './document-view.module.css';

/** Props of the document view. */
export interface DocumentViewScreenProps {
  sessionId: string;
  onBack: () => void;
}

/** One archived document, read-only: who and when, its amendments, its stored PDFs and what was recorded. */
export function DocumentViewScreen({ sessionId, onBack }: DocumentViewScreenProps) {
  const [state, reload] = useApiLoad(() => window.api.archive.document({ sessionId }));
  const headingRef = useFocusHeading<HTMLHeadingElement>();

  return (
    <article aria-labelledby="docview-title" className={styles.screen}>
      <div>
        <Button variant="quiet" onPress={onBack}>
          <span aria-hidden="true">←</span> {t('docview.back')}
        </Button>
      </div>
      <h1 id="docview-title" ref={headingRef} tabIndex={-1} className={styles.title} dir="auto">
        {state.status === 'ready'
          ? state.value.client.displayName
          : state.status === 'error'
            ? t('docview.loadError')
            : t('common.loading')}
      </h1>
      {state.status === 'error' && (
        <div role="alert" className={styles.errorBox}>
          <p className={styles.muted}>{state.error.message}</p>
          <Button onPress={reload}>{t('common.retry')}</Button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <header className={styles.header}>
            <p className={styles.kind}>
              <span>{t(`document.kind.${state.value.session.kind}`)}</span>
              <span
                className={
                  state.value.session.status === 'finalized' ? styles.statusDone : styles.status
                }
              >
                {t(`document.status.${state.value.session.status}`)}
              </span>
            </p>
            <p className={styles.meta}>
              {state.value.client.recordCode && (
                <span dir="auto">
                  {t('docview.recordCode', { code: state.value.client.recordCode })}
                </span>
              )}
              <span>{t('docview.template', { name: state.value.session.template.name })}</span>
              {state.value.session.content.reasonForEnding && (
                <span>
                  {t('docview.reason', {
                    reason: describeReason(state.value.session.content.reasonForEnding),
                  })}
                </span>
              )}
            </p>
            <p className={styles.lockNote}>
              {state.value.session.finalization.finalizedAt
                ? t('docview.readOnly', {
                    date: formatDate(state.value.session.finalization.finalizedAt),
                  })
                : t('docview.draft', { date: formatDate(state.value.session.updatedAt) })}
            </p>
          </header>
          <StoredPdfs
            sessionId={state.value.session.id}
            kind={state.value.session.kind}
            reason={state.value.session.content.reasonForEnding?.code ?? null}
          />
          {state.value.session.kind === 'closing-session' && (
            <CheckInPanel session={state.value.session} onChanged={reload} />
          )}
          {state.value.session.status === 'finalized' && (
            <AmendmentsView amendments={state.value.session.finalization.amendments} />
          )}
          <section aria-labelledby="docview-content" className={styles.panel}>
            <h2 id="docview-content" className={styles.panelTitle}>
              {t('docview.content.title')}
            </h2>
            <SessionContentView session={state.value.session} />
          </section>
        </>
      )}
    </article>
  );
}
