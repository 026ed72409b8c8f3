import type { MeasureScore } from '../../../../../core/measures';
import {
  findMeasure,
  itemRecord,
  PHQ9_RISK_ITEM_NUMBER,
  severityBand,
  sortByDate,
} from '../../../../../core/measures';
import { sessionMeasures, sessionPairedOutcome } from '../../../../../core/checklist';
import { measureReadingNote } from '../../../../../core/measures';
import { measureLineChart } from '../../../../../core/chart';
import { screenLabelMetrics } from '../chart/text-measure';
import { Button } from '../../../components/button';
import { formatDate, t } from '../../../i18n/t';
import { SceneSvg } from '../chart/scene-svg';
import { ItemFrame } from './item-frame';
import type { ItemProps } from './item-props';
import { MetricList } from './metric-list';
import { ScoreForm } from './score-form';
import { useMeasurePrefs } from './use-measure-prefs';
import { CustomMeasureForm } from './custom-measure-form';
import styles from './items.module.css';

const dateText = (iso: string) => formatDate(`${iso}T12:00:00`);

/** Outcome measures: scores with dates, severity, change metrics by name, and a chart per measure. */
export function MeasuresItem({
  section,
  item,
  answer,
  content,
  readOnly,
  onChange,
}: ItemProps<'measures'>) {
  const scores = answer?.scores ?? [];
  const measures = [...item.measureIds, ...content.customMeasures.map((m) => m.id)]
    .map((id) => findMeasure(id, content.customMeasures))
    .filter((m) => m !== undefined);
  const save = (next: MeasureScore[]) =>
    onChange({ op: 'answer', itemId: item.id, answer: { scores: next } });
  const prefs = useMeasurePrefs();
  const summaries = sessionMeasures(content, prefs).filter((m) =>
    scores.some((s) => s.measureId === m.definition.id),
  );
  const paired = sessionPairedOutcome(content);
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
    >
      {scores.length === 0 ? (
        <p className={styles.empty}>{t('runner.measures.none')}</p>
      ) : (
        <table className={styles.scoreTable}>
          <caption className="visually-hidden">{t('runner.measures.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('runner.measures.date')}</th>
              <th scope="col">{t('runner.measures.measure')}</th>
              <th scope="col">{t('runner.measures.score')}</th>
              <th scope="col">{t('runner.measures.severity')}</th>
              <th scope="col">{t('runner.measures.item9')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('runner.row.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {sortByDate(scores).map((s) => {
              const def = findMeasure(s.measureId, content.customMeasures);
              const item9 = s.measureId === 'phq-9' ? itemRecord(s, PHQ9_RISK_ITEM_NUMBER) : null;
              return (
                <tr key={s.id}>
                  <td>{dateText(s.date)}</td>
                  <th scope="row">{def?.shortName ?? s.measureId}</th>
                  <td>{s.score}</td>
                  <td>{def ? (severityBand(def, s.score)?.label ?? '') : ''}</td>
                  <td>
                    {item9 === null
                      ? '—'
                      : item9 === 'not-asked'
                        ? t('runner.measures.item9NotAsked')
                        : item9 > 0
                          ? t('runner.measures.item9Positive', { value: item9 })
                          : String(item9)}
                  </td>
                  {!readOnly && (
                    <td>
                      <Button
                        variant="quiet"
                        className={styles.small}
                        onPress={() => save(scores.filter((x) => x.id !== s.id))}
                        aria-label={t('runner.measures.removeFor', {
                          name: def?.shortName ?? s.measureId,
                          score: s.score,
                          date: dateText(s.date),
                        })}
                      >
                        {t('runner.row.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <ScoreForm
          measures={measures}
          onAdd={(score) =>
            onChange({ op: 'answer', itemId: item.id, answer: { scores: [...scores, score] } })
          }
        />
      )}
      {!readOnly && <CustomMeasureForm existing={content.customMeasures} onChange={onChange} />}
      {summaries.map(({ definition, summary }) => (
        <div key={definition.id} className={styles.measureBlock} data-measure={definition.id}>
          <h4 className={styles.measureTitle}>{definition.name}</h4>
          <SceneSvg
            scene={measureLineChart(definition, summary.scores, {
              width: 560,
              height: 240,
              formatDate: dateText,
              labels: screenLabelMetrics(),
            })}
          />
          {summary.metrics.length > 0 && (
            <MetricList
              metrics={summary.metrics}
              label={t('runner.measures.metricsFor', { name: definition.shortName })}
            />
          )}
        </div>
      ))}
      {paired && <MetricList metrics={paired} label={t('runner.measures.paired')} />}
      {summaries.length > 0 && (
        <p className={styles.help} data-measure-note>
          {measureReadingNote(summaries.map((m) => m.definition))}{' '}
          {t('runner.measures.cutoffInSettings')}
        </p>
      )}
    </ItemFrame>
  );
}
