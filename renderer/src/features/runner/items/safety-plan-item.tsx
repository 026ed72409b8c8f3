import type { SafetyPlan } from '../../../../../core/checklist';
import { SAFETY_PLAN_STEPS, safetyPlanRequiredBecause } from '../../../../../core/checklist';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { CoveredCheck } from './covered-check';
import { ItemFrame } from './item-frame';
import { addRowAndFocus, type ItemProps } from './item-props';
import { TextInput } from './text-input';
import styles from './items.module.css';

const EMPTY_PLAN: SafetyPlan = {
  warningSigns: [],
  copingAlone: [],
  distractions: [],
  askForHelp: [],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: [],
};

/**
 * The risk-concern mark and the seven-step safety plan (after Stanley & Brown, in our words);
 * the plan is required before finalizing when risk is marked or the latest PHQ-9 item 9 is above 0.
 */
export function SafetyPlanItem({
  section,
  item,
  answer,
  content,
  readOnly,
  onChange,
}: ItemProps<'safety-plan'>) {
  const plan = answer?.safetyPlan ?? EMPTY_PLAN;
  const triggers = safetyPlanRequiredBecause(content);
  const save = (key: keyof SafetyPlan, entries: string[]) =>
    onChange({
      op: 'answer',
      itemId: item.id,
      answer: { safetyPlan: { ...plan, [key]: entries } },
    });
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
    >
      <CoveredCheck
        label={t('runner.risk.label')}
        checked={content.riskConcern}
        readOnly={readOnly}
        onChange={(riskConcern) => onChange({ op: 'risk', riskConcern })}
      />
      {triggers.length > 0 ? (
        <p className={styles.notice} role="note">
          {t('runner.safety.required', {
            because: triggers
              .map((x) => t(`runner.safety.because.${x}`))
              .join(t('runner.safety.and')),
          })}
        </p>
      ) : (
        <p className={styles.help}>{t('runner.safety.optional')}</p>
      )}
      <ol className={styles.steps}>
        {SAFETY_PLAN_STEPS.map((step, n) => {
          const entries = plan[step.key];
          const stepItem = `${item.id}-${step.key}`;
          return (
            <li key={step.key} className={styles.step} data-item={stepItem}>
              <h4 className={styles.stepTitle}>
                {t('runner.safety.step', { n: n + 1 })} {step.label}
              </h4>
              {step.key === 'saferSurroundings' && (
                <p className={styles.help}>{t('runner.safety.meansHelp')}</p>
              )}
              <ul className={styles.stepEntries}>
                {entries.map((entry, i) => (
                  <li key={i} className={styles.stepEntry}>
                    <TextInput
                      label={`${step.label} (${i + 1})`}
                      hideLabel
                      value={entry}
                      readOnly={readOnly}
                      onCommit={(text) =>
                        save(
                          step.key,
                          entries.map((e, k) => (k === i ? text : e)),
                        )
                      }
                    />
                    {!readOnly && (
                      <Button
                        variant="quiet"
                        className={styles.small}
                        onPress={() =>
                          save(
                            step.key,
                            entries.filter((_, k) => k !== i),
                          )
                        }
                        aria-label={t('runner.row.removeFor', { name: `${step.label} (${i + 1})` })}
                      >
                        {t('runner.row.remove')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
              {!readOnly && (
                <Button
                  variant="quiet"
                  className={`${styles.small} ${styles.add}`}
                  aria-label={t('runner.safety.addTo', { step: step.label })}
                  onPress={() => {
                    addRowAndFocus(stepItem, () => save(step.key, [...entries, '']));
                  }}
                >
                  {t('runner.safety.add')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </ItemFrame>
  );
}
