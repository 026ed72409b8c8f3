import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './runner.module.css';

/**
 * Shown above the runner when the open session was changed on the clinician's other computer:
 * what is typed here is saved first, then their changes are shown (autosave keeps both: this
 * computer's edits are applied on top of the newer version).
 */
export function ChangedElsewhereNotice({ onShow }: { onShow: () => void }) {
  return (
    <div role="status" className={styles.changedElsewhere}>
      <p>{t('runner.changedElsewhere')}</p>
      <Button onPress={onShow}>{t('runner.changedElsewhere.show')}</Button>
    </div>
  );
}
