import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** Props of the move/remove buttons of one row. */
export interface RowActionsProps {
  /** What the row is called for screen readers, e.g. "Achievement 2". */
  name: string;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Move up, move down and remove for a row of a list, goal table or other entries. */
export function RowActions({ name, index, count, readOnly, onMove, onRemove }: RowActionsProps) {
  if (readOnly) return null;
  return (
    <div className={styles.rowActions}>
      <Button
        variant="quiet"
        className={styles.small}
        isDisabled={index === 0}
        onPress={() => onMove(index - 1)}
        aria-label={t('runner.row.upFor', { name })}
      >
        {t('runner.row.up')}
      </Button>
      <Button
        variant="quiet"
        className={styles.small}
        isDisabled={index === count - 1}
        onPress={() => onMove(index + 1)}
        aria-label={t('runner.row.downFor', { name })}
      >
        {t('runner.row.down')}
      </Button>
      <Button
        variant="quiet"
        className={styles.small}
        onPress={onRemove}
        aria-label={t('runner.row.removeFor', { name })}
      >
        {t('runner.row.remove')}
      </Button>
    </div>
  );
}
