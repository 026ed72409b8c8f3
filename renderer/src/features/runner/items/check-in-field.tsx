import { useId, useState } from 'react';
import type { CheckInKind, ContentChange, SessionContent } from '../../../../../core/checklist';
import { CHECK_IN_KIND_LABELS, CHECK_IN_KINDS } from '../../../../../core/checklist';
import { isIsoDate } from '../../../../../core/measures';
import { t } from '../../../i18n/t';
import { RadioChoices } from './radio-choices';
import styles from './items.module.css';
import riskStyles from './risk.module.css';

/** This field's own wording (kept here so it needs no shared catalogue edit). */
const WORDS = {
  title: 'Check-in date agreed',
  help: 'A date you agreed for a booster session or a check-in. It is printed on the handout, and after finalizing you can save it as a calendar file from the archive.',
  date: 'Date',
  kind: 'Kind of follow-up',
  clear: 'Remove the date',
} as const;

/** Props of the check-in field. */
export interface CheckInFieldProps {
  content: SessionContent;
  readOnly: boolean;
  onChange: (change: ContentChange) => string | null;
}

/**
 * The follow-up agreed in session: its date (YYYY-MM-DD) and whether it is a check-in or a
 * booster session. Stored in the record (`checkIn`), never with notes or names.
 */
export function CheckInField({ content, readOnly, onChange }: CheckInFieldProps) {
  const id = useId();
  const checkIn = content.checkIn;
  const [date, setDate] = useState(checkIn?.date ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const kind: CheckInKind = checkIn?.kind ?? 'check-in';

  function commit(nextDate: string, nextKind: CheckInKind) {
    const trimmed = nextDate.trim();
    if (!trimmed) return setProblem(onChange({ op: 'check-in', checkIn: null }));
    if (!isIsoDate(trimmed)) return setProblem(t('runner.measures.enterDate'));
    setProblem(onChange({ op: 'check-in', checkIn: { date: trimmed, kind: nextKind } }));
  }

  return (
    <section className={styles.item} aria-labelledby={`${id}-t`} data-item="check-in">
      <div className={styles.itemHead}>
        <h3 id={`${id}-t`} className={styles.itemTitle}>
          {WORDS.title}
        </h3>
      </div>
      <p className={styles.help}>{WORDS.help}</p>
      <div className={`${styles.field} ${riskStyles.dateField}`}>
        <label htmlFor={`${id}-d`} className={styles.label}>
          {WORDS.date}
        </label>
        <input
          id={`${id}-d`}
          className={styles.input}
          value={date}
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          readOnly={readOnly}
          aria-describedby={`${id}-dh${problem ? ` ${id}-err` : ''}`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setDate(e.target.value);
            commit(e.target.value, kind);
          }}
        />
        <span id={`${id}-dh`} className={styles.help}>
          {t('runner.measures.dateHelp')}
        </span>
      </div>
      <RadioChoices
        legend={WORDS.kind}
        choices={CHECK_IN_KINDS.map((k) => ({ value: k, label: CHECK_IN_KIND_LABELS[k] }))}
        value={kind}
        readOnly={readOnly}
        onChange={(k) => commit(date, k as CheckInKind)}
      />
      {problem && (
        <p id={`${id}-err`} className={styles.error} role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
