import { useState } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { GAD7_CUTOFFS, type Gad7Cutoff } from '../../../../core/measures';
import type { SettingsUpdate } from '../../../../core/settings';
import { t } from '../../i18n/t';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import styles from './settings.module.css';

/** Props of the scores tab. */
export interface ScoresTabProps {
  gad7Cutoff: Gad7Cutoff;
  chartBandNames: boolean;
  save: (patch: SettingsUpdate) => Promise<SaveOutcome>;
}

/**
 * How scores are read and shown: the GAD-7 cut-off (each choice with its source) and whether
 * client charts name their bands in plain words. Each choice is saved the moment it is made.
 */
export function ScoresTab({ gad7Cutoff, chartBandNames, save }: ScoresTabProps) {
  const [cutoff, setCutoff] = useState<Gad7Cutoff>(gad7Cutoff);
  const [bandNames, setBandNames] = useState(chartBandNames);
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function store(patch: SettingsUpdate, undo: () => void) {
    setState({ status: 'saving' });
    const outcome = await save(patch);
    if (outcome.ok) setState({ status: 'saved' });
    else {
      undo();
      setState({ status: 'error', message: outcome.error.message });
    }
  }

  return (
    <div className={styles.card}>
      <p className={styles.intro}>{t('settings.scores.intro')}</p>
      <RadioGroup
        value={String(cutoff)}
        onChange={(next) => {
          const previous = cutoff;
          const chosen = Number(next) as Gad7Cutoff;
          setCutoff(chosen);
          void store({ gad7Cutoff: chosen }, () => setCutoff(previous));
        }}
        className={styles.radioGroup}
      >
        <Label className={styles.cardTitle}>{t('settings.scores.gad7')}</Label>
        <Text slot="description" className={styles.intro}>
          {t('settings.scores.gad7.help')}
        </Text>
        {[...GAD7_CUTOFFS].reverse().map((value) => (
          <Radio key={value} value={String(value)} className={styles.radio}>
            <span className={styles.radioDot} aria-hidden="true" />
            <span>
              {t(`settings.scores.gad7.${value}`)}
              <span className={styles.checkboxHelp}>{t(`settings.scores.gad7.${value}.help`)}</span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          checked={bandNames}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setBandNames(on);
            void store({ handout: { chartBandNames: on } }, () => setBandNames(!on));
          }}
        />
        <span>
          {t('settings.scores.bandNames')}
          <span className={styles.checkboxHelp}>{t('settings.scores.bandNames.help')}</span>
        </span>
      </label>
      <SaveFeedback state={state} />
    </div>
  );
}
