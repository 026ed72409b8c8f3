import type { Amendment } from '../../../../core/checklist/finalize';
import { formatDate, t } from '../../i18n/t';
import styles from './document-view.module.css';

/** The amendments made after finalizing: when, why and what changed, oldest first. */
export function AmendmentsView({ amendments }: { amendments: readonly Amendment[] }) {
  return (
    <section aria-labelledby="docview-amendments" className={styles.panel}>
      <h2 id="docview-amendments" className={styles.panelTitle}>
        {t('docview.amendments.title')}
      </h2>
      {amendments.length === 0 ? (
        <p className={styles.muted}>{t('docview.amendments.none')}</p>
      ) : (
        <ol className={styles.amendments}>
          {amendments.map((a) => (
            <li key={`${a.at}-${a.contentHash}`} className={styles.amendment}>
              <p className={styles.amendmentHead}>
                {t('docview.amendment.at', { date: formatDate(a.at) })}
              </p>
              <p dir="auto">{t('docview.amendment.reason', { reason: a.reason })}</p>
              <ul className={styles.bullets}>
                {a.changes.map((change, i) => (
                  <li key={i} dir="auto">
                    {change}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
