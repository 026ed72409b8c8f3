import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './home.module.css';

/** What the home screen shows before the first client: what the app is for, and how to begin. */
export function EmptyState({ onStart }: { onStart: () => void }) {
  return (
    <div className={styles.empty}>
      <svg className={styles.emptyArt} viewBox="0 0 120 80" aria-hidden="true" focusable="false">
        <path
          d="M10 70 C 35 20, 85 20, 110 70"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
        />
        <circle cx="40" cy="38" r="7" fill="currentColor" opacity="0.55" />
        <circle cx="80" cy="38" r="7" fill="currentColor" />
      </svg>
      <h2 className={styles.emptyTitle}>{t('home.empty.title')}</h2>
      <p className={styles.emptyBody}>{t('home.empty.body')}</p>
      <Button variant="primary" onPress={onStart}>
        {t('home.empty.action')}
      </Button>
    </div>
  );
}
