import { useEffect } from 'react';
import { Button } from '../../components/button';
import { formatDateTime, t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useChangedElsewhere } from '../../lib/use-changed-elsewhere';
import styles from './sync.module.css';

/**
 * A quiet line under the header when the vault is shared with another computer: when a change
 * from it last arrived, and how many versions wait to be merged (with the way to them). Shows
 * nothing on a computer that has seen no change from elsewhere and has nothing to merge.
 */
export function SyncStatus({ onReview }: { onReview: () => void }) {
  const { count } = useChangedElsewhere();
  const [state, reload] = useApiLoad(() => window.api.sync.status({}));
  useEffect(() => {
    if (count > 0) reload();
  }, [count, reload]);
  if (state.status !== 'ready') return null;
  const { lastChangeElsewhereAt, conflicts } = state.value;
  if (lastChangeElsewhereAt === null && conflicts === 0) return null;
  return (
    <div className={styles.status} role="status" aria-label={t('sync.status.label')}>
      {lastChangeElsewhereAt !== null && (
        <span>{t('sync.status.lastChange', { time: formatDateTime(lastChangeElsewhereAt) })}</span>
      )}
      {conflicts > 0 && (
        <Button variant="quiet" className={styles.review} onPress={onReview}>
          {t('sync.status.conflicts', { count: conflicts })}
        </Button>
      )}
    </div>
  );
}
