import { useId } from 'react';
import styles from './items.module.css';

/** A "we talked about this" tick for referral and crisis-line items. */
export function CoveredCheck({
  label,
  checked,
  readOnly,
  onChange,
}: {
  label: string;
  checked: boolean;
  readOnly: boolean;
  onChange: (covered: boolean) => void;
}) {
  const id = useId();
  return (
    <div className={styles.pointRow}>
      <input
        id={id}
        type="checkbox"
        className={styles.checkbox}
        checked={checked}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className={styles.pointLabel}>
        {label}
      </label>
    </div>
  );
}
