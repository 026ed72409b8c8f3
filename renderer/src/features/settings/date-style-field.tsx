import { useId, useState } from 'react';
import { DISPLAY_LOCALES } from '../../../../core/dates';
import { formatDisplayDate, resolveDisplayLocale } from '../../../../core/dates';
import type { SettingsUpdate } from '../../../../core/settings';
import { t } from '../../i18n/t';
import { setDisplayLocale, systemDisplayLocale } from '../../lib/dates';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import fieldStyles from '../../components/field.module.css';
import styles from './settings.module.css';

const names = new Intl.DisplayNames(['en'], { type: 'language' });

function sample(locale: string): string {
  return formatDisplayDate(new Date().toISOString(), locale);
}

/**
 * How dates are written on screen: the computer's locale (the default) or one chosen here. The
 * choice applies at once to every screen, chart and the activity log (handouts keep their own).
 */
export function DateStyleField({
  displayLocale,
  save,
}: {
  displayLocale: string;
  save: (patch: SettingsUpdate) => Promise<SaveOutcome>;
}) {
  const id = useId();
  const [value, setValue] = useState(displayLocale);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const system = systemDisplayLocale();

  async function choose(next: string) {
    const previous = value;
    setValue(next);
    setDisplayLocale(next);
    setState({ status: 'saving' });
    const outcome = await save({ displayLocale: next });
    if (outcome.ok) setState({ status: 'saved' });
    else {
      setValue(previous);
      setDisplayLocale(previous);
      setState({ status: 'error', message: outcome.error.message });
    }
  }

  return (
    <div className={styles.card}>
      <div className={fieldStyles.field}>
        <label htmlFor={id} className={styles.cardTitle}>
          {t('settings.appearance.dates')}
        </label>
        <span id={`${id}-help`} className={styles.intro}>
          {t('settings.appearance.dates.help')}
        </span>
        <select
          id={id}
          className={fieldStyles.select}
          value={value}
          aria-describedby={`${id}-help`}
          onChange={(e) => void choose(e.target.value)}
        >
          <option value="">
            {t('settings.appearance.dates.system', {
              sample: sample(resolveDisplayLocale('', system)),
            })}
          </option>
          {DISPLAY_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {names.of(locale) ?? locale} — {sample(locale)}
            </option>
          ))}
        </select>
      </div>
      <SaveFeedback state={state} />
    </div>
  );
}
