import { useId, useState } from 'react';
import type { RiskAtDischarge, RiskLevel } from '../../../../../core/checklist';
import { RISK_LEVEL_LABELS, RISK_LEVELS, riskNeedsSafetyPlan } from '../../../../../core/checklist';
import { isIsoDate } from '../../../../../core/measures';
import { t } from '../../../i18n/t';
import { ItemFrame } from './item-frame';
import { todayIso, type ItemProps } from './item-props';
import { RadioChoices } from './radio-choices';
import { TextInput } from './text-input';
import styles from './items.module.css';
import riskStyles from './risk.module.css';

/**
 * Risk at discharge: the date it was assessed, the level (none, low, moderate, high) and what it
 * rests on. Nothing is assumed: until a level is chosen the record has no risk entry, and a
 * template that requires it cannot be finalized.
 */
export function RiskItem({
  section,
  item,
  answer,
  content,
  readOnly,
  onChange,
}: ItemProps<'risk-at-discharge'>) {
  const id = useId();
  const risk = content.riskAtDischarge;
  const [date, setDate] = useState(risk?.date ?? todayIso());
  const [problem, setProblem] = useState<string | null>(null);

  const save = (next: RiskAtDischarge) =>
    setProblem(onChange({ op: 'risk-at-discharge', risk: next }));
  function changeDate(text: string) {
    setDate(text);
    if (!isIsoDate(text.trim())) return setProblem(t('runner.measures.enterDate'));
    setProblem(null);
    if (risk) save({ ...risk, date: text.trim() });
  }
  function changeLevel(level: string) {
    if (!isIsoDate(date.trim())) return setProblem(t('runner.measures.enterDate'));
    save({ date: date.trim(), level: level as RiskLevel, note: risk?.note ?? '' });
  }
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={() => undefined}
      noHandout
    >
      <div className={`${styles.field} ${riskStyles.dateField}`}>
        <label htmlFor={`${id}-d`} className={styles.label}>
          {t('runner.riskDischarge.date')}
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
          onChange={(e) => changeDate(e.target.value)}
        />
        <span id={`${id}-dh`} className={styles.help}>
          {t('runner.measures.dateHelp')}
        </span>
      </div>
      <RadioChoices
        legend={t('runner.riskDischarge.level')}
        choices={RISK_LEVELS.map((level) => ({ value: level, label: RISK_LEVEL_LABELS[level] }))}
        value={risk?.level ?? ''}
        readOnly={readOnly}
        required={item.required}
        onChange={changeLevel}
      />
      {problem && (
        <p id={`${id}-err`} className={styles.error} role="alert">
          {problem}
        </p>
      )}
      {risk && (
        <TextInput
          label={t('runner.riskDischarge.note')}
          help={t('runner.riskDischarge.noteHelp')}
          multiline
          value={risk.note}
          readOnly={readOnly}
          onCommit={(note) => onChange({ op: 'risk-at-discharge', risk: { ...risk, note } })}
        />
      )}
      {riskNeedsSafetyPlan(risk) && (
        <p className={styles.notice} role="note">
          {t('runner.riskDischarge.planNeeded')}
        </p>
      )}
      <p className={styles.help}>{t('runner.riskDischarge.private')}</p>
    </ItemFrame>
  );
}
