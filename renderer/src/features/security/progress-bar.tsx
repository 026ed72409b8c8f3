import { ProgressBar as AriaProgressBar, Label } from 'react-aria-components';
import styles from './security.module.css';

/** Props of a labelled progress bar. */
export interface ProgressBarProps {
  label: string;
  /** Items done so far; undefined while the total is not known yet. */
  done?: number;
  total?: number;
  valueText: string;
}

/** A labelled, accessible progress bar (indeterminate until the total is known). */
export function ProgressBar({ label, done, total, valueText }: ProgressBarProps) {
  const known = total !== undefined && total > 0 && done !== undefined;
  return (
    <AriaProgressBar
      className={styles.progress}
      value={known ? done : undefined}
      maxValue={known ? total : undefined}
      isIndeterminate={!known}
      valueLabel={valueText}
    >
      {({ percentage }) => (
        <>
          <div className={styles.progressHead}>
            <Label>{label}</Label>
            <span className={styles.muted}>{valueText}</span>
          </div>
          <div className={styles.progressTrack}>
            <div
              className={known ? styles.progressFill : styles.progressIndeterminate}
              style={known ? { width: `${percentage ?? 0}%` } : undefined}
            />
          </div>
        </>
      )}
    </AriaProgressBar>
  );
}
