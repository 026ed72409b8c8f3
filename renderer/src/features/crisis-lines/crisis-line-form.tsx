import { useId, type FormEvent } from 'react';
import {
  CONTACT_METHODS,
  CRISIS_LINE_TAGS,
  type ClinicianCrisisLineInput,
  type CrisisLineView,
} from '../../../../core/crisis-lines';
import type { AppErrorInfo } from '../../../../core/result';
import { Button } from '../../components/button';
import { FormCard } from '../../components/form-card';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import { useFormErrors } from '../../lib/use-form-errors';
import fieldStyles from '../../components/field.module.css';
import checkboxStyles from '../../components/checkbox.module.css';
import styles from './crisis-lines.module.css';

/** What the form starts from: a new line, a correction of a shipped line, or one of the clinician's own. */
export type LineDraft =
  | { kind: 'new' }
  | { kind: 'correct'; line: CrisisLineView }
  | { kind: 'edit'; line: CrisisLineView };

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `own-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Adds the clinician's own line, corrects a shipped one, or edits their own. */
export function CrisisLineForm({
  draft,
  region,
  onSubmit,
  onCancel,
}: {
  draft: LineDraft;
  region: string;
  onSubmit: (line: ClinicianCrisisLineInput) => Promise<AppErrorInfo | null>;
  onCancel: () => void;
}) {
  const base = draft.kind === 'new' ? undefined : draft.line;
  const { errors, formError, show } = useFormErrors();
  const dateId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const id =
      draft.kind === 'edit'
        ? draft.line.id
        : draft.kind === 'correct'
          ? `fix-${draft.line.id}`.slice(0, 64)
          : newId();
    const error = await onSubmit({
      id,
      region: base?.region ?? region,
      name: text('name'),
      how: CONTACT_METHODS.filter((method) => data.get(`how-${method}`) === 'on'),
      contact: text('contact'),
      instructions: text('instructions'),
      hours: text('hours'),
      languages: text('languages')
        .split(/[,\s]+/)
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
      emergency: data.get('emergency') === 'on',
      tags: CRISIS_LINE_TAGS.filter((tag) => data.get(`tag-${tag}`) === 'on'),
      source: text('source').trim(),
      lastChecked: text('lastChecked'),
      ...(draft.kind === 'correct'
        ? { overrides: draft.line.id }
        : draft.kind === 'edit' && draft.line.overrides
          ? { overrides: draft.line.overrides }
          : {}),
    });
    if (error) show(error);
  }

  const title =
    draft.kind === 'new'
      ? t('crisisLines.form.addTitle')
      : draft.kind === 'correct'
        ? t('crisisLines.form.correctTitle', { name: draft.line.name })
        : t('crisisLines.form.editTitle', { name: draft.line.name });
  return (
    <FormCard
      id="crisis-line-form"
      title={title}
      formError={formError}
      errors={errors}
      onSubmit={submit}
    >
      <div className={styles.grid}>
        <TextField
          name="name"
          label={t('crisisLines.field.name')}
          defaultValue={base?.name}
          isRequired
        />
        <TextField
          name="contact"
          label={t('crisisLines.field.contact')}
          description={t('crisisLines.field.contact.help')}
          defaultValue={base?.contact}
          isRequired
          dir="ltr"
        />
        <TextField name="hours" label={t('crisisLines.field.hours')} defaultValue={base?.hours} />
        <TextField
          name="languages"
          label={t('crisisLines.field.languages')}
          description={t('crisisLines.field.languages.help')}
          defaultValue={base?.languages.join(', ')}
          dir="ltr"
        />
      </div>
      <fieldset className={styles.fieldset} aria-describedby={errors.how ? 'how-error' : undefined}>
        <legend className={fieldStyles.label}>{t('crisisLines.field.how')}</legend>
        <div className={styles.checkRow}>
          {CONTACT_METHODS.map((method) => (
            <label key={method} className={checkboxStyles.checkbox}>
              <input
                type="checkbox"
                name={`how-${method}`}
                defaultChecked={base ? base.how.includes(method) : method === 'call'}
              />
              <span>{t(`crisisLines.how.${method}`)}</span>
            </label>
          ))}
        </div>
        {errors.how && (
          <span id="how-error" className={fieldStyles.error}>
            {errors.how}
          </span>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={fieldStyles.label}>{t('crisisLines.field.tags')}</legend>
        <div className={styles.checkRow}>
          {CRISIS_LINE_TAGS.map((tag) => (
            <label key={tag} className={checkboxStyles.checkbox}>
              <input
                type="checkbox"
                name={`tag-${tag}`}
                defaultChecked={base?.tags.includes(tag) ?? false}
              />
              <span>{t(`runner.crisis.tag.${tag}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        name="instructions"
        label={t('crisisLines.field.instructions')}
        description={t('crisisLines.field.instructions.help')}
        defaultValue={base?.instructions}
      />
      <TextField
        name="source"
        label={t('crisisLines.field.source')}
        description={t('crisisLines.field.source.help')}
        defaultValue={base?.source}
        dir="ltr"
      />
      <div className={fieldStyles.field}>
        <label htmlFor={dateId} className={fieldStyles.label}>
          {t('crisisLines.field.lastChecked')}
        </label>
        <input
          id={dateId}
          name="lastChecked"
          type="date"
          defaultValue={draft.kind === 'edit' ? draft.line.lastChecked : today()}
          className={`${fieldStyles.input} ${styles.date}`}
          aria-invalid={errors.lastChecked ? true : undefined}
          aria-describedby={`${dateId}-help`}
        />
        <span id={`${dateId}-help`} className={fieldStyles.description}>
          {errors.lastChecked ?? t('crisisLines.field.lastChecked.help')}
        </span>
      </div>
      <label className={checkboxStyles.checkbox}>
        <input type="checkbox" name="emergency" defaultChecked={base?.emergency ?? false} />
        <span>{t('crisisLines.field.emergency')}</span>
      </label>
      <div className={styles.actions}>
        <Button type="submit" variant="primary">
          {t('crisisLines.form.save')}
        </Button>
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
      </div>
    </FormCard>
  );
}
