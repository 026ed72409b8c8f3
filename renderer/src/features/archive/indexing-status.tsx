import type { IndexProgress } from '../../../../core/search';
import { t } from '../../i18n/t';
import styles from './archive.module.css';

const numbers = new Intl.NumberFormat('en');

/** "Indexing 4,312 of 10,000" with a quiet bar while the index is built; nothing once it is ready. */
export function IndexingStatus({ progress }: { progress: IndexProgress }) {
  const building = progress.state === 'building';
  return (
    <div className={building ? styles.indexing : 'visually-hidden'} role="status">
      {building && (
        <>
          <span>
            {t('archive.indexing', {
              indexed: numbers.format(progress.indexed),
              total: numbers.format(progress.total),
            })}
          </span>
          <progress
            className={styles.progress}
            value={progress.indexed}
            max={Math.max(1, progress.total)}
            aria-hidden="true"
          />
          <span className={styles.muted}>{t('archive.indexing.help')}</span>
        </>
      )}
    </div>
  );
}
