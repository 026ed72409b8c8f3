import { useId } from 'react';
import styles from './field.module.css';

/** One choice of a select field. */
export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

/** Props of a labelled native select. */
export interface SelectFieldProps {
  name: string;
  label: string;
  description?: string;
  options: readonly SelectOption[];
  defaultValue?: string;
  error?: string;
  /** Called with the chosen value when the choice changes. */
  onChange?: (value: string) => void;
}

/** A labelled native select (fully keyboard- and screen-reader-friendly) with help and error text. */
export function SelectField({
  name,
  label,
  description,
  options,
  defaultValue,
  error,
  onChange,
}: SelectFieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-desc` : '', error ? `${id}-err` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={styles.select}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {description && (
        <span id={`${id}-desc`} className={styles.description}>
          {description}
        </span>
      )}
      {error && (
        <span id={`${id}-err`} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
