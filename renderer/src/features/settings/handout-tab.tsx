import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { DATE_FORMATS, type HandoutDefaults, PAGE_SIZES } from '../../../../core/settings';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { t } from '../../i18n/t';
import { formErrorMessage } from '../../lib/use-form-errors';
import { fieldErrors, SaveFeedback, type SaveState } from '../../components/save-feedback';
import { TextAreaField } from '../../components/text-area-field';
import { WordingOverrides } from './wording-overrides';
import type { SaveOutcome } from '../../lib/save-outcome';
import styles from './settings.module.css';

const SAMPLE = new Date(Date.UTC(2026, 10, 26));
const DATE_LABELS: Record<(typeof DATE_FORMATS)[number], string> = {
  long: SAMPLE.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  iso: '2026-11-26',
  dmy: '26/11/2026',
  mdy: '11/26/2026',
};

/** Handout defaults: paper, dates, whether scores are shown, the return policy and the goodbye starter. */
export function HandoutTab({
  handout,
  save,
}: {
  handout: HandoutDefaults;
  save: (patch: { handout: Partial<HandoutDefaults> }) => Promise<SaveOutcome>;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setState({ status: 'saving' });
    const outcome = await save({
      handout: {
        pageSize: String(data.get('pageSize')) as HandoutDefaults['pageSize'],
        dateFormat: String(data.get('dateFormat')) as HandoutDefaults['dateFormat'],
        showScores: data.get('showScores') === 'on',
        returnPolicy: String(data.get('returnPolicy') ?? ''),
        goodbyeStarter: String(data.get('goodbyeStarter') ?? ''),
      },
    });
    if (outcome.ok) {
      setErrors({});
      setState({ status: 'saved' });
    } else {
      setErrors(fieldErrors(outcome.error.fields, 'handout'));
      setState({ status: 'error', message: formErrorMessage(outcome.error) });
    }
  }

  return (
    <>
      <Form
        className={styles.form}
        onSubmit={submit}
        validationErrors={errors}
        validationBehavior="aria"
      >
        <p className={styles.intro}>{t('settings.handout.intro')}</p>
        <div className={styles.grid}>
          <SelectField
            name="pageSize"
            label={t('settings.handout.pageSize')}
            options={PAGE_SIZES.map((size) => ({
              value: size,
              label: t(`settings.handout.pageSize.${size}`),
            }))}
            defaultValue={handout.pageSize}
            error={errors.pageSize}
          />
          <SelectField
            name="dateFormat"
            label={t('settings.handout.dateFormat')}
            options={DATE_FORMATS.map((format) => ({ value: format, label: DATE_LABELS[format] }))}
            defaultValue={handout.dateFormat}
            error={errors.dateFormat}
          />
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" name="showScores" defaultChecked={handout.showScores} />
          <span>
            {t('settings.handout.showScores')}
            <span className={styles.checkboxHelp}>{t('settings.handout.showScores.help')}</span>
          </span>
        </label>
        <TextAreaField
          name="returnPolicy"
          label={t('settings.handout.returnPolicy')}
          description={t('settings.handout.returnPolicy.help')}
          defaultValue={handout.returnPolicy}
        />
        <TextAreaField
          name="goodbyeStarter"
          label={t('settings.handout.goodbyeStarter')}
          description={t('settings.handout.goodbyeStarter.help')}
          defaultValue={handout.goodbyeStarter}
          rows={3}
        />
        <div className={styles.actions}>
          <Button type="submit" variant="primary" isDisabled={state.status === 'saving'}>
            {t('settings.handout.save')}
          </Button>
          <SaveFeedback state={state} />
        </div>
      </Form>
      <WordingOverrides overrides={handout.wordingOverrides} save={save} />
    </>
  );
}
