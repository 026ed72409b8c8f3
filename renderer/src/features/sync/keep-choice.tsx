import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { SectionChoice } from '../../../../core/sync/merge-session-content';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './sync.module.css';

const OPTION_LABEL = {
  mine: 'sync.merge.mine',
  theirs: 'sync.merge.theirs',
  both: 'sync.merge.both',
} as const;

/** Which version to keep (this computer's, the other's, and where offered both), as inline radios. */
export function KeepChoice<C extends SectionChoice>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly C[];
  value: C;
  onChange: (choice: C) => void;
}) {
  return (
    <RadioGroup
      value={value}
      onChange={(next) => onChange(next as C)}
      className={styles.choices}
      orientation="horizontal"
    >
      <Label className={styles.label}>{label}</Label>
      <div className={styles.radioRow}>
        {options.map((option) => (
          <Radio key={option} value={option} className={styles.radio}>
            {t(OPTION_LABEL[option])}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** The end of a merge: what went wrong, if anything, and "Keep these versions". */
export function MergeActions({
  error,
  busy,
  onKeep,
}: {
  error: string;
  busy: boolean;
  onKeep: () => void;
}) {
  return (
    <>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <Button variant="primary" isDisabled={busy} onPress={onKeep}>
          {t('sync.merge.keep')}
        </Button>
      </div>
    </>
  );
}
