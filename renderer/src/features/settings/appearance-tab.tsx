import { useState } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { THEMES, type Theme } from '../../../../core/settings';
import { t } from '../../i18n/t';
import { applyTheme } from '../../lib/theme';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import styles from './settings.module.css';

/** Appearance: light, dark or the system's theme, applied the moment it is chosen. */
export function AppearanceTab({
  theme,
  save,
}: {
  theme: Theme;
  save: (patch: { theme: Theme }) => Promise<SaveOutcome>;
}) {
  const [value, setValue] = useState<Theme>(theme);
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function choose(next: string) {
    const chosen = next as Theme;
    const previous = value;
    setValue(chosen);
    applyTheme(chosen);
    setState({ status: 'saving' });
    const outcome = await save({ theme: chosen });
    if (outcome.ok) setState({ status: 'saved' });
    else {
      setValue(previous);
      applyTheme(previous);
      setState({ status: 'error', message: outcome.error.message });
    }
  }

  return (
    <div className={styles.card}>
      <RadioGroup
        value={value}
        onChange={(next) => void choose(next)}
        className={styles.radioGroup}
      >
        <Label className={styles.cardTitle}>{t('settings.appearance.theme')}</Label>
        <Text slot="description" className={styles.intro}>
          {t('settings.appearance.theme.help')}
        </Text>
        {THEMES.map((option) => (
          <Radio key={option} value={option} className={styles.radio}>
            <span className={styles.radioDot} aria-hidden="true" />
            <span>
              {t(`settings.appearance.theme.${option}`)}
              <span className={styles.checkboxHelp}>
                {t(`settings.appearance.theme.${option}.help`)}
              </span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
      <SaveFeedback state={state} />
    </div>
  );
}
