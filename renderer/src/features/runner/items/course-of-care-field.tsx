import { useId } from 'react';
import type { ContentChange, SessionContent } from '../../../../../core/checklist';
import type { CourseOfCare } from '../../../../../core/checklist/course-of-care';
import { isIsoDate } from '../../../../../core/measures';
import { t } from '../../../i18n/t';
import { TextInput } from './text-input';
import styles from './items.module.css';

/** This field's own wording (kept here so it needs no shared catalogue edit). */
const WORDS = {
  title: 'Course of care (for the discharge summary)',
  help: 'Part of the record: it is locked with the rest at finalizing, and changed afterwards only through an amendment. A blank diagnosis is printed as “None given”.',
  diagnosis: 'Diagnosis',
  firstSession: 'First session (YYYY-MM-DD)',
  lastSession: 'Last session (YYYY-MM-DD)',
  dischargeDate: 'Discharge date (YYYY-MM-DD)',
  attended: 'Sessions attended',
  missed: 'Sessions missed',
  presentingConcerns: 'Presenting concerns',
  services: 'Services and interventions',
  functioning: 'Functioning and status at discharge',
  medications: 'Medications (optional)',
  prognosis: 'Prognosis',
  wholeNumber: 'Enter a whole number, 0 or more.',
} as const;

type TextKey =
  'diagnosis' | 'presentingConcerns' | 'services' | 'functioning' | 'medications' | 'prognosis';
type DateKey = 'firstSession' | 'lastSession' | 'dischargeDate';
type CountKey = 'attended' | 'missed';

/** Props of the course-of-care field. */
export interface CourseOfCareFieldProps {
  content: SessionContent;
  readOnly: boolean;
  onChange: (change: ContentChange) => string | null;
}

/**
 * The course of care the discharge summary reports, stored in the session record
 * (`courseOfCare`) so the finalized hash covers it. Each field saves as it is typed.
 */
export function CourseOfCareField({ content, readOnly, onChange }: CourseOfCareFieldProps) {
  const id = useId();
  const course: CourseOfCare = content.courseOfCare ?? {};
  const save = (key: keyof CourseOfCare, value: string | number | undefined) =>
    onChange({ op: 'course-of-care', course: { ...course, [key]: value } });
  const text = (key: TextKey, multiline = true) => (
    <TextInput
      label={WORDS[key]}
      value={course[key] ?? ''}
      multiline={multiline}
      rows={2}
      grow
      readOnly={readOnly}
      onCommit={(v) => save(key, v.trim() === '' ? undefined : v)}
    />
  );
  const date = (key: DateKey) => (
    <TextInput
      label={WORDS[key]}
      value={course[key] ?? ''}
      readOnly={readOnly}
      onCommit={(v) => {
        const trimmed = v.trim();
        if (trimmed !== '' && !isIsoDate(trimmed)) return t('runner.measures.enterDate');
        return save(key, trimmed === '' ? undefined : trimmed);
      }}
    />
  );
  const count = (key: CountKey) => (
    <TextInput
      label={WORDS[key]}
      value={course[key] === undefined ? '' : String(course[key])}
      readOnly={readOnly}
      onCommit={(v) => {
        const trimmed = v.trim();
        if (trimmed !== '' && !/^\d{1,5}$/.test(trimmed)) return WORDS.wholeNumber;
        return save(key, trimmed === '' ? undefined : Number(trimmed));
      }}
    />
  );
  return (
    <section className={styles.item} aria-labelledby={`${id}-t`} data-item="course-of-care">
      <div className={styles.itemHead}>
        <h3 id={`${id}-t`} className={styles.itemTitle}>
          {WORDS.title}
        </h3>
      </div>
      <p className={styles.help}>{WORDS.help}</p>
      {text('diagnosis', false)}
      {date('firstSession')}
      {date('lastSession')}
      {date('dischargeDate')}
      {count('attended')}
      {count('missed')}
      {text('presentingConcerns')}
      {text('services')}
      {text('functioning')}
      {text('medications')}
      {text('prognosis')}
    </section>
  );
}
