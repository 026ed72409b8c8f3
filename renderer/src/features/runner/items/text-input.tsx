import { useEffect, useId, useRef, useState } from 'react';
import { MAX_FIELD_CHARS } from '../../../../../core/text';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** Props of a free-text field of the runner. */
export interface TextInputProps {
  label: string;
  help?: string;
  value: string;
  multiline?: boolean;
  rows?: number;
  readOnly: boolean;
  /** Saves the text; returns a message when it cannot be taken. */
  onCommit: (text: string) => string | null;
  /** Hides the label visually (it stays for screen readers). */
  hideLabel?: boolean;
  /** A multiline field that grows with its text (starting at `rows`) instead of clipping it. */
  grow?: boolean;
  className?: string;
}

/**
 * A labelled text field that keeps exactly what was typed or pasted. Past the documented limit
 * (MAX_FIELD_CHARS) the text stays on screen and the field says it is too long to save.
 */
export function TextInput({
  label,
  help,
  value,
  multiline,
  rows = 3,
  readOnly,
  onCommit,
  hideLabel,
  grow,
  className,
}: TextInputProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const focused = useRef(false);
  // The text this field last handed on: a value that differs from it while focused came from
  // elsewhere (both computers' versions kept after a save met the other's, a discarded
  // amendment), and is shown even while typing so the screen never parts from what is stored.
  const committed = useRef(value);

  useEffect(() => {
    if (!focused.current || value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  function update(next: string) {
    setText(next);
    if (next.length > MAX_FIELD_CHARS) {
      setProblem(
        t('runner.text.tooLong', {
          limit: MAX_FIELD_CHARS.toLocaleString('en'),
          over: (next.length - MAX_FIELD_CHARS).toLocaleString('en'),
        }),
      );
      return;
    }
    committed.current = next;
    setProblem(onCommit(next));
  }

  const near = text.length > MAX_FIELD_CHARS * 0.9;
  const describedBy =
    [help ? `${id}-help` : '', problem ? `${id}-err` : '', near ? `${id}-count` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    value: text,
    readOnly,
    dir: 'auto' as const,
    className: multiline ? `${styles.textarea} ${grow ? styles.grow : ''}` : styles.input,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
    onFocus: () => void (focused.current = true),
    onBlur: () => void (focused.current = false),
  };
  return (
    <div className={`${styles.field} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : styles.label} dir="auto">
        {label}
      </label>
      {help && (
        <span id={`${id}-help`} className={styles.help}>
          {help}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => update(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => update(e.target.value)} />
      )}
      {near && (
        <span id={`${id}-count`} className={styles.help}>
          {t('runner.text.count', {
            count: text.length.toLocaleString('en'),
            limit: MAX_FIELD_CHARS.toLocaleString('en'),
          })}
        </span>
      )}
      {problem && (
        <span id={`${id}-err`} className={styles.error} role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
