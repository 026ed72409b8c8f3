import { useEffect, useState } from 'react';
import type { Session, SessionVerification } from '../../../../core/sessions/session';
import { Button } from '../../components/button';
import { formatDateTime, t } from '../../i18n/t';
import styles from './runner.module.css';

const when = formatDateTime;

/** Props of the finalized-record panel. */
export interface FinalizationPanelProps {
  session: Session;
  amendReason: string | null;
  onAmend: () => void;
  onSaveAmendment: () => void;
  onDiscard: () => void;
  amendPending: boolean;
  problem: string | null;
}

/** For a finalized session: when it was locked, whether the stored hash verifies, amendments, and the Amend action. */
export function FinalizationPanel({
  session,
  amendReason,
  onAmend,
  onSaveAmendment,
  onDiscard,
  amendPending,
  problem,
}: FinalizationPanelProps) {
  const { finalization } = session;
  const [verified, setVerified] = useState<SessionVerification | null>(null);
  useEffect(() => {
    let live = true;
    void window.api.sessions
      .verify({ id: session.id })
      .then((r) => live && r.ok && setVerified(r.value));
    return () => {
      live = false;
    };
  }, [session.id, session.rev]);
  if (finalization.status !== 'finalized' || !finalization.finalizedAt) return null;
  return (
    <section className={styles.finalized} aria-labelledby="finalized-title">
      <div className={styles.finalizedHead}>
        <div>
          <h2 id="finalized-title" tabIndex={-1} className={styles.finalizedTitle}>
            {t('runner.finalized.title', { when: when(finalization.finalizedAt) })}
            {' · '}
            {verified === 'verified'
              ? t('runner.finalized.verified')
              : verified === 'mismatch'
                ? t('runner.finalized.changed')
                : t('runner.finalized.checking')}
          </h2>
          {verified === 'mismatch' && (
            <p className={styles.error} role="alert">
              {t('runner.finalized.mismatch')}
            </p>
          )}
          <details className={styles.fingerprint}>
            <summary>{t('runner.finalized.fingerprint')}</summary>
            <p className={styles.muted}>{t('runner.finalized.fingerprintHelp')}</p>
            <p className={styles.hash}>SHA-256 {finalization.contentHash}</p>
          </details>
        </div>
        {amendReason === null ? (
          <Button onPress={onAmend}>{t('runner.amend.action')}</Button>
        ) : (
          <div className={styles.amendActions}>
            <Button variant="primary" onPress={onSaveAmendment} isDisabled={!amendPending}>
              {t('runner.amend.save')}
            </Button>
            <Button onPress={onDiscard}>{t('runner.amend.discard')}</Button>
          </div>
        )}
      </div>
      {amendReason !== null && (
        <p className={styles.amendBanner} dir="auto">
          {t('runner.amend.banner', { reason: amendReason })}
        </p>
      )}
      {problem && (
        <p className={styles.error} role="alert">
          {problem}
        </p>
      )}
      {finalization.amendments.length > 0 && (
        <div>
          <h3 className={styles.groupTitle}>{t('runner.amend.listTitle')}</h3>
          <ol className={styles.amendments}>
            {finalization.amendments.map((a, i) => (
              <li key={i} className={styles.amendment}>
                <p>
                  <strong>{when(a.at)}</strong> — <span dir="auto">{a.reason}</span>
                </p>
                <ul className={styles.amendChanges}>
                  {a.changes.map((c, k) => (
                    <li key={k} dir="auto">
                      {c}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
