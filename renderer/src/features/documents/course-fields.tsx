import { Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { t } from '../../i18n/t';
import styles from './documents.module.css';

/** What the clinician adds to a discharge summary about the course of care (all optional). */
export interface CourseDraft {
  firstSession: string;
  lastSession: string;
  attended: string;
  missed: string;
  presentingConcerns: string;
  services: string;
}

/** An empty course-of-care draft. */
export const EMPTY_COURSE: CourseDraft = {
  firstSession: '',
  lastSession: '',
  attended: '',
  missed: '',
  presentingConcerns: '',
  services: '',
};

/** Turns the draft into the export option, leaving out what is empty. */
export function courseOption(draft: CourseDraft) {
  const count = (s: string) => (s.trim() === '' ? undefined : Number(s));
  const entries = Object.entries({
    firstSession: draft.firstSession || undefined,
    lastSession: draft.lastSession || undefined,
    attended: count(draft.attended),
    missed: count(draft.missed),
    presentingConcerns: draft.presentingConcerns.trim() || undefined,
    services: draft.services.trim() || undefined,
  }).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries);
}

function Field({
  label,
  value,
  onChange,
  type = 'text',
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
  error?: string;
}) {
  return (
    <TextField
      value={value}
      onChange={onChange}
      className={styles.field}
      isInvalid={Boolean(error)}
    >
      <Label className={styles.label}>
        {label} <span className={styles.muted}>({t('common.optional')})</span>
      </Label>
      <Input
        type={type}
        className={styles.input}
        inputMode={type === 'number' ? 'numeric' : undefined}
        min={type === 'number' ? 0 : undefined}
      />
      {error && (
        <Text slot="errorMessage" className={styles.description}>
          {error}
        </Text>
      )}
    </TextField>
  );
}

/** The course-of-care fields of the discharge summary. */
export function CourseFields({
  draft,
  onChange,
  errors,
}: {
  draft: CourseDraft;
  onChange: (d: CourseDraft) => void;
  errors: Record<string, string>;
}) {
  const set = (key: keyof CourseDraft) => (v: string) => onChange({ ...draft, [key]: v });
  return (
    <fieldset className={styles.card}>
      <legend className={styles.groupLabel}>{t('documents.course.title')}</legend>
      <p className={styles.description}>{t('documents.course.help')}</p>
      <div className={styles.fields}>
        <Field
          label={t('documents.course.firstSession')}
          type="date"
          value={draft.firstSession}
          onChange={set('firstSession')}
          error={errors['options.course.firstSession']}
        />
        <Field
          label={t('documents.course.lastSession')}
          type="date"
          value={draft.lastSession}
          onChange={set('lastSession')}
          error={errors['options.course.lastSession']}
        />
        <Field
          label={t('documents.course.attended')}
          type="number"
          value={draft.attended}
          onChange={set('attended')}
          error={errors['options.course.attended']}
        />
        <Field
          label={t('documents.course.missed')}
          type="number"
          value={draft.missed}
          onChange={set('missed')}
          error={errors['options.course.missed']}
        />
      </div>
      <TextField
        value={draft.presentingConcerns}
        onChange={set('presentingConcerns')}
        className={styles.field}
      >
        <Label className={styles.label}>
          {t('documents.course.presentingConcerns')}{' '}
          <span className={styles.muted}>({t('common.optional')})</span>
        </Label>
        <TextArea className={styles.textarea} dir="auto" />
      </TextField>
      <TextField value={draft.services} onChange={set('services')} className={styles.field}>
        <Label className={styles.label}>
          {t('documents.course.services')}{' '}
          <span className={styles.muted}>({t('common.optional')})</span>
        </Label>
        <TextArea className={styles.textarea} dir="auto" />
      </TextField>
    </fieldset>
  );
}
