import { useId, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** One field of a hand-entry form. */
export interface SnapshotField {
  key: string;
  label: string;
  multiline?: boolean;
  required?: boolean;
}

/** Props of a small form that adds one entry typed by hand. */
export interface SnapshotFormProps {
  legend: string;
  fields: SnapshotField[];
  submitLabel: string;
  onAdd: (values: Record<string, string>) => string | null;
}

/** A hand-entry form (referral, crisis line): fields, a check for required ones, and an add button. */
export function SnapshotForm({ legend, fields, submitLabel, onAdd }: SnapshotFormProps) {
  const id = useId();
  const empty = Object.fromEntries(fields.map((f) => [f.key, '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFieldSetElement>(null);
  function add() {
    const missing = fields.find((f) => f.required && !values[f.key]?.trim());
    if (missing) return setProblem(t('runner.form.required', { label: missing.label }));
    const refused = onAdd(values);
    if (refused) return setProblem(refused);
    setProblem(null);
    setValues(empty);
    // Ready for the next one: back to the first field of the now empty form.
    form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }
  return (
    <fieldset className={styles.scoreForm} ref={form}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.formGrid}>
        {fields.map((f) => (
          <div key={f.key} className={styles.field}>
            <label htmlFor={`${id}-${f.key}`} className={styles.label}>
              {f.label}
              {!f.required && <span className={styles.optional}> ({t('common.optional')})</span>}
            </label>
            {f.multiline ? (
              <textarea
                id={`${id}-${f.key}`}
                dir="auto"
                rows={2}
                className={styles.textarea}
                value={values[f.key] ?? ''}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
              />
            ) : (
              <input
                id={`${id}-${f.key}`}
                dir="auto"
                className={styles.input}
                value={values[f.key] ?? ''}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
              />
            )}
          </div>
        ))}
      </div>
      {problem && (
        <p className={styles.error} role="alert">
          {problem}
        </p>
      )}
      <Button className={styles.add} onPress={add}>
        {submitLabel}
      </Button>
    </fieldset>
  );
}
