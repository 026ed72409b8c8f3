import { useEffect, useState } from 'react';
import type { HandoutSection } from '../../../../core/handout-model/choices';
import type { OnePageFit } from '../../../../core/handout-model/one-page';
import { t } from '../../i18n/t';
import styles from './documents.module.css';

/** What the one-page fit check knows: still asking, the answer, or why it could not ask. */
export type FitState =
  | { status: 'checking' }
  | { status: 'ready'; fit: OnePageFit }
  | { status: 'error'; message: string };

/**
 * Asks how the one-page handout with these parts fits one page, again whenever the parts or the
 * page size change (the session's default parts when `sections` is null). The latest answer wins.
 */
export function useOnePageFit(
  sessionId: string,
  sections: readonly HandoutSection[] | null,
  pageSize: 'A4' | 'Letter',
  active: boolean,
): FitState {
  const [answer, setAnswer] = useState<{ key: string; state: FitState } | null>(null);
  const picks = sections ? sections.join(',') : null;
  const key = `${sessionId}|${picks ?? 'defaults'}|${pageSize}`;
  useEffect(() => {
    if (!active) return undefined;
    let current = true;
    const input = {
      sessionId,
      pageSize,
      ...(picks !== null ? { sections: picks ? (picks.split(',') as HandoutSection[]) : [] } : {}),
    };
    const answered = (state: FitState) => current && setAnswer({ key, state });
    window.api.documents
      .onePageFit(input)
      .then((result) =>
        answered(
          result.ok
            ? { status: 'ready', fit: result.value }
            : { status: 'error', message: result.error.message },
        ),
      )
      .catch(() => answered({ status: 'error', message: t('documents.fit.error') }));
    return () => {
      current = false;
    };
  }, [sessionId, picks, pageSize, active, key]);
  return answer && answer.key === key ? answer.state : { status: 'checking' };
}

function names(sections: readonly HandoutSection[]): string {
  return sections.map((s) => t(`documents.section.${s}`)).join(', ');
}

/** Tells the clinician, before export, whether the picked parts fit one page and exactly what is left out. */
export function OnePageFitNotice({ state }: { state: FitState }) {
  if (state.status === 'checking') {
    return (
      <p role="status" className={styles.fitNotice}>
        {t('documents.fit.checking')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p role="status" className={styles.fitNotice}>
        {state.message}
      </p>
    );
  }
  const { fit } = state;
  const leftOut = fit.partsLeftOut.length > 0 || fit.chartsLeftOut.length > 0 || fit.pages > 1;
  return (
    <div
      role="status"
      className={leftOut ? styles.fitWarning : styles.fitNotice}
      data-testid="one-page-fit"
    >
      {!leftOut && (
        <p>
          {fit.tightened
            ? t('documents.fit.fitsSmaller', { size: fit.bodySize })
            : t('documents.fit.fits')}
        </p>
      )}
      {leftOut && <p className={styles.fitTitle}>{t('documents.fit.notAll')}</p>}
      {leftOut && (
        <ul className={styles.fitList}>
          {fit.partsLeftOut.length > 0 && (
            <li>{t('documents.fit.partsLeftOut', { parts: names(fit.partsLeftOut) })}</li>
          )}
          {fit.chartsLeftOut.length > 0 && (
            <li>{t('documents.fit.chartsLeftOut', { charts: fit.chartsLeftOut.join(', ') })}</li>
          )}
          {fit.pages > 1 && <li>{t('documents.fit.stillPages', { pages: fit.pages })}</li>}
          {fit.tightened && <li>{t('documents.fit.smaller', { size: fit.bodySize })}</li>}
        </ul>
      )}
      {leftOut && <p>{t('documents.fit.whatToDo')}</p>}
    </div>
  );
}
