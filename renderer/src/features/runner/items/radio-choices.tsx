import { useId } from 'react';
import styles from './risk.module.css';

/** One choice of a radio group. */
export interface RadioChoice {
  value: string;
  label: string;
}

/** Props of a group of radio buttons with a legend. */
export interface RadioChoicesProps {
  legend: string;
  help?: string;
  choices: readonly RadioChoice[];
  /** The chosen value, or '' when nothing is chosen yet. */
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  required?: boolean;
  /** The id of an error message describing the group, when there is one. */
  errorId?: string;
}

/** A labelled group of native radio buttons (arrow keys move between them, as everywhere). */
export function RadioChoices({
  legend,
  help,
  choices,
  value,
  onChange,
  readOnly,
  required,
  errorId,
}: RadioChoicesProps) {
  const id = useId();
  const describedBy =
    [help ? `${id}-help` : '', errorId ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.choices} aria-describedby={describedBy}>
      <legend className={styles.legend}>{legend}</legend>
      {help && (
        <span id={`${id}-help`} className={styles.help}>
          {help}
        </span>
      )}
      <div className={styles.options}>
        {choices.map((c) => (
          <label key={c.value} className={styles.option}>
            <input
              type="radio"
              name={id}
              value={c.value}
              checked={value === c.value}
              disabled={readOnly}
              required={required}
              onChange={() => onChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
