import type { GoalRow } from '../../../../../core/checklist';
import { goalBarsChart } from '../../../../../core/chart';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { SceneSvg } from '../chart/scene-svg';
import { ItemFrame } from './item-frame';
import { addRowAndFocus, moved, newEntryId, type ItemProps } from './item-props';
import { RatingSelect } from './rating-select';
import { RowActions } from './row-actions';
import { TextInput } from './text-input';
import styles from './items.module.css';

/** Goals with where each started and where it is now (0–10), the client's words and a first step; drawn as paired bars. */
export function GoalTable({ section, item, answer, readOnly, onChange }: ItemProps<'goal-table'>) {
  const goals = answer?.goals ?? [];
  const save = (next: GoalRow[]) =>
    onChange({ op: 'answer', itemId: item.id, answer: { goals: next } });
  const patch = (id: string, p: Partial<GoalRow>) =>
    save(goals.map((g) => (g.id === id ? { ...g, ...p } : g)));
  const rated = goals.filter((g) => g.goal.trim());
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
    >
      {goals.length === 0 && (
        <p className={styles.empty}>
          {readOnly ? t('runner.list.noneReadOnly') : t('runner.goals.none')}
        </p>
      )}
      <ol className={styles.rows}>
        {goals.map((g, index) => {
          const name = t('runner.goals.rowName', { n: index + 1 });
          return (
            <li key={g.id} className={styles.goalRow}>
              <TextInput
                label={t('runner.goals.goal', { n: index + 1 })}
                value={g.goal}
                readOnly={readOnly}
                onCommit={(goal) =>
                  onChange({
                    op: 'answer',
                    itemId: item.id,
                    answer: { goals: goals.map((x) => (x.id === g.id ? { ...x, goal } : x)) },
                  })
                }
              />
              <div className={styles.ratings}>
                <RatingSelect
                  label={t('runner.goals.start')}
                  value={g.start}
                  readOnly={readOnly}
                  onChange={(start) => patch(g.id, { start })}
                />
                <RatingSelect
                  label={t('runner.goals.now')}
                  value={g.now}
                  readOnly={readOnly}
                  onChange={(now) => patch(g.id, { now })}
                />
              </div>
              <TextInput
                label={t('runner.goals.clientWords')}
                value={g.clientWords}
                multiline
                rows={2}
                readOnly={readOnly}
                onCommit={(clientWords) =>
                  onChange({
                    op: 'answer',
                    itemId: item.id,
                    answer: {
                      goals: goals.map((x) => (x.id === g.id ? { ...x, clientWords } : x)),
                    },
                  })
                }
              />
              <TextInput
                label={t('runner.goals.firstStep')}
                value={g.firstStep}
                readOnly={readOnly}
                onCommit={(firstStep) =>
                  onChange({
                    op: 'answer',
                    itemId: item.id,
                    answer: { goals: goals.map((x) => (x.id === g.id ? { ...x, firstStep } : x)) },
                  })
                }
              />
              <RowActions
                name={name}
                index={index}
                count={goals.length}
                readOnly={readOnly}
                onMove={(to) => save(moved(goals, index, to))}
                onRemove={() => save(goals.filter((x) => x.id !== g.id))}
              />
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button
          className={styles.add}
          onPress={() => {
            addRowAndFocus(item.id, () =>
              save([
                ...goals,
                {
                  id: newEntryId(),
                  goal: '',
                  start: null,
                  now: null,
                  clientWords: '',
                  firstStep: '',
                },
              ]),
            );
          }}
        >
          {t('runner.goals.add')}
        </Button>
      )}
      {rated.length > 0 && (
        <SceneSvg scene={goalBarsChart(rated, { width: 560, height: 24 + rated.length * 70 })} />
      )}
    </ItemFrame>
  );
}
