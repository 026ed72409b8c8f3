import type { ReferralImportOutcome } from '../../../../core/contract-parts/practice';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './referrals.module.css';

type Report = Extract<ReferralImportOutcome, { chosen: true }>;

/** What an import did: how many contacts were added, and each row left out with its line and reason. */
export function ImportReport({ report, onClose }: { report: Report; onClose: () => void }) {
  return (
    <section className={styles.report} aria-labelledby="import-report-title">
      <h3 id="import-report-title" className={styles.formTitle}>
        {t('referrals.import.title')}
      </h3>
      <p role="status">
        {t('referrals.import.created', { count: report.created, file: report.fileName })}
      </p>
      {report.problems.length > 0 && (
        <>
          <p>{t('referrals.import.problems', { count: report.problems.length })}</p>
          <ul className={styles.problems}>
            {report.problems.map((problem) => (
              <li key={problem.line}>
                <span className={styles.lineNo}>
                  {t('referrals.import.line', { line: problem.line })}
                </span>{' '}
                {problem.reason}
              </li>
            ))}
          </ul>
          <p className={styles.muted}>{t('referrals.import.fixHint')}</p>
        </>
      )}
      {report.ignoredColumns.length > 0 && (
        <p className={styles.muted}>
          {t('referrals.import.ignored', { columns: report.ignoredColumns.join(', ') })}
        </p>
      )}
      <div>
        <Button onPress={onClose}>{t('referrals.import.close')}</Button>
      </div>
    </section>
  );
}
