import { useId } from 'react';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** Props of a 0–10 rating picker. */
export interface RatingSelectProps {
  label: string;
  value: number | null;
  readOnly: boolean;
  onChange: (value: number | null) => void;
}

/** A 0–10 rating as a native select (arrow keys and typing a digit both work). */
export function RatingSelect({ label, value, readOnly, onChange }: RatingSelectProps) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value === null ? '' : String(value)}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('runner.goals.notRated')}</option>
        {Array.from({ length: 11 }, (_, n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}
