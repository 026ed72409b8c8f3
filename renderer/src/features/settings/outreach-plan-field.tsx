import { useId, useState } from 'react';
import type { OutreachPlan, SettingsUpdate } from '../../../../core/settings';
import { outreachWording } from '../../../../core/settings/outreach-plan';
import { t } from '../../i18n/t';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import fieldStyles from '../../components/field.module.css';
import styles from './settings.module.css';

const FIELDS = [
  { key: 'minAttempts', most: 10 },
  { key: 'maxAttempts', most: 10 },
  { key: 'minWeeks', most: 26 },
  { key: 'maxWeeks', most: 26 },
] as const;

/**
 * The outreach planned before closing an unplanned ending (attempts and weeks, each a range). New
 * Unplanned ending sessions say it in their guidance; each choice is saved the moment it is made,
 * and one the settings refuse (fewest above most) is put back with the reason.
 */
export function OutreachPlanField({
  plan,
  save,
}: {
  plan: OutreachPlan;
  save: (patch: SettingsUpdate) => Promise<SaveOutcome>;
}) {
  const id = useId();
  const [value, setValue] = useState<OutreachPlan>(plan);
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function choose(key: keyof OutreachPlan, n: number) {
    const previous = value;
    const next = { ...value, [key]: n };
    setValue(next);
    setState({ status: 'saving' });
    const outcome = await save({ outreachPlan: next });
    if (outcome.ok) setState({ status: 'saved' });
    else {
      setValue(previous);
      setState({ status: 'error', message: outcome.error.message });
    }
  }

  return (
    <fieldset className={styles.card} aria-describedby={`${id}-help`}>
      <legend className={styles.cardTitle}>{t('settings.outreach.title')}</legend>
      <p id={`${id}-help`} className={styles.intro}>
        {t('settings.outreach.help')}
      </p>
      <div className={styles.grid}>
        {FIELDS.map(({ key, most }) => (
          <div key={key} className={fieldStyles.field}>
            <label htmlFor={`${id}-${key}`} className={fieldStyles.label}>
              {t(`settings.outreach.${key}`)}
            </label>
            <select
              id={`${id}-${key}`}
              className={fieldStyles.select}
              value={value[key]}
              onChange={(e) => void choose(key, Number(e.target.value))}
            >
              {Array.from({ length: most }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className={styles.intro} data-outreach-wording>
        {t('settings.outreach.says', { wording: outreachWording(value) })}
      </p>
      <SaveFeedback state={state} />
    </fieldset>
  );
}
