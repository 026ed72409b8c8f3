import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import type { SaveState } from './use-session-editor';
import styles from './runner.module.css';

/** The quiet "Saved" / "Saving…" / "Not saved — retrying" line in the runner's header. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const text =
    state.kind === 'saved'
      ? t('runner.save.saved')
      : state.kind === 'saving'
        ? t('runner.save.saving')
        : state.kind === 'amending'
          ? state.pending
            ? t('runner.save.amendPending')
            : t('runner.save.amending')
          : state.kind === 'retrying'
            ? t('runner.save.retrying', { seconds: state.inSeconds })
            : t('runner.save.failed');
  const problem = state.kind === 'retrying' || state.kind === 'failed';
  return (
    <div className={styles.save}>
      <p
        role="status"
        className={problem ? styles.saveProblem : styles.saveOk}
        data-save-state={state.kind}
      >
        {state.kind === 'saved' && (
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.icon}>
            <path
              d="M5 12.5l4.5 4.5L19 7.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        )}
        {text}
      </p>
      {problem && (
        <p className={styles.saveDetail} role="alert">
          {state.message} {t('runner.save.kept')}
          <Button variant="quiet" className={styles.small} onPress={onRetry}>
            {t('runner.save.retryNow')}
          </Button>
        </p>
      )}
    </div>
  );
}
