import { useId, useState } from 'react';
import type { MeasureDefinition, MeasureScore } from '../../../../../core/measures';
import { isIsoDate, PHQ9, PHQ9_RISK_ITEM_NUMBER, scoreProblem } from '../../../../../core/measures';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { newEntryId, todayIso } from './item-props';
import { RadioChoices } from './radio-choices';
import styles from './items.module.css';

/** Props of the form that adds one score. */
export interface ScoreFormProps {
  measures: MeasureDefinition[];
  onAdd: (score: MeasureScore) => string | null;
}

/** The answers to PHQ-9 item 9, asked with every PHQ-9 ("not-asked" is kept apart from 0). */
const ITEM9_CHOICES = ['0', '1', '2', '3', 'not-asked'] as const;

/**
 * Adds a score: measure, date, total and (for PHQ-9/GAD-7) optional item answers, checked before
 * saving. A PHQ-9 also needs item 9 answered, or marked not asked.
 */
export function ScoreForm({ measures, onAdd }: ScoreFormProps) {
  const id = useId();
  const [measureId, setMeasureId] = useState(measures[0]?.id ?? '');
  const [date, setDate] = useState(todayIso());
  const [score, setScore] = useState('');
  const [items, setItems] = useState<string[]>([]);
  const [item9, setItem9] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const def = measures.find((m) => m.id === measureId);
  const isPhq9 = def?.id === PHQ9.id;
  const optionalItems = def ? (isPhq9 ? PHQ9_RISK_ITEM_NUMBER - 1 : def.itemCount) : 0;

  function add() {
    if (!def) return;
    const value = Number(score.trim().replace(',', '.'));
    if (score.trim() === '' || !Number.isFinite(value))
      return setProblem(t('runner.measures.enterScore'));
    if (!isIsoDate(date.trim())) return setProblem(t('runner.measures.enterDate'));
    const answered = isPhq9 && item9 !== '' && item9 !== 'not-asked';
    const itemScores =
      def.itemCount > 0 && (answered || items.some((v) => v !== ''))
        ? Array.from({ length: def.itemCount }, (_, i) =>
            isPhq9 && i === PHQ9_RISK_ITEM_NUMBER - 1
              ? answered
                ? Number(item9)
                : null
              : items[i]
                ? Number(items[i])
                : null,
          )
        : undefined;
    const notAsked = isPhq9 && item9 === 'not-asked' ? [PHQ9_RISK_ITEM_NUMBER] : undefined;
    const candidate: MeasureScore = {
      id: newEntryId(),
      measureId: def.id,
      date: date.trim(),
      score: value,
      ...(itemScores ? { itemScores } : {}),
      ...(notAsked ? { notAsked } : {}),
    };
    const wrong = scoreProblem(def, candidate);
    if (wrong) return setProblem(wrong);
    if (isPhq9 && item9 === '') return setProblem(t('runner.measures.item9Required'));
    const refused = onAdd(candidate);
    if (refused) return setProblem(refused);
    setProblem(null);
    setScore('');
    setItems([]);
    setItem9('');
  }

  return (
    <fieldset className={styles.scoreForm}>
      <legend className={styles.legend}>{t('runner.measures.addTitle')}</legend>
      <div className={styles.scoreFields}>
        <div className={styles.field}>
          <label htmlFor={`${id}-m`} className={styles.label}>
            {t('runner.measures.measure')}
          </label>
          <select
            id={`${id}-m`}
            className={styles.select}
            value={measureId}
            onChange={(e) => setMeasureId(e.target.value)}
          >
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-d`} className={styles.label}>
            {t('runner.measures.date')}
          </label>
          <input
            id={`${id}-d`}
            className={styles.input}
            value={date}
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            aria-describedby={`${id}-dh`}
            onChange={(e) => setDate(e.target.value)}
          />
          <span id={`${id}-dh`} className={styles.help}>
            {t('runner.measures.dateHelp')}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-s`} className={styles.label}>
            {t('runner.measures.score')}
          </label>
          <input
            id={`${id}-s`}
            className={styles.input}
            value={score}
            inputMode="decimal"
            aria-describedby={`${id}-sh${problem ? ` ${id}-err` : ''}`}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setScore(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <span id={`${id}-sh`} className={styles.help}>
            {def ? t('runner.measures.range', { min: def.min, max: def.max }) : ''}
          </span>
        </div>
      </div>
      {isPhq9 && (
        <RadioChoices
          legend={t('runner.measures.item9Question')}
          help={t('runner.measures.item9Help')}
          required
          choices={ITEM9_CHOICES.map((v) => ({
            value: v,
            label:
              v === 'not-asked'
                ? t('runner.measures.item9NotAsked')
                : t(`runner.measures.item9Answer.${v}`),
          }))}
          value={item9}
          onChange={(v) => {
            setItem9(v);
            if (problem === t('runner.measures.item9Required')) setProblem(null);
          }}
          {...(problem === t('runner.measures.item9Required') ? { errorId: `${id}-err` } : {})}
        />
      )}
      {isPhq9 && Number(item9) > 0 && (
        <p className={styles.notice} role="note">
          {t('runner.measures.item9FollowUp')}
        </p>
      )}
      {def && optionalItems > 0 && (
        <details className={styles.itemScores}>
          <summary>
            {t(isPhq9 ? 'runner.measures.itemsSummaryPhq9' : 'runner.measures.itemsSummary', {
              name: def.shortName,
            })}
          </summary>
          <div className={styles.itemGrid}>
            {Array.from({ length: optionalItems }, (_, i) => (
              <div key={i} className={styles.field}>
                <label htmlFor={`${id}-i${i}`} className={styles.label}>
                  {t('runner.measures.item', { n: i + 1 })}
                </label>
                <select
                  id={`${id}-i${i}`}
                  className={styles.select}
                  value={items[i] ?? ''}
                  onChange={(e) =>
                    setItems((prev) =>
                      Object.assign(
                        Array.from({ length: def.itemCount }, (_, k) => prev[k] ?? ''),
                        { [i]: e.target.value },
                      ),
                    )
                  }
                >
                  <option value="">—</option>
                  {Array.from({ length: def.itemMax + 1 }, (_, v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </details>
      )}
      {problem && (
        <p id={`${id}-err`} className={styles.error} role="alert">
          {problem}
        </p>
      )}
      <Button className={styles.add} onPress={add}>
        {t('runner.measures.add')}
      </Button>
    </fieldset>
  );
}
