import type { MetricResult } from '../../../../../core/measures';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** The readings a clinician looks for first; the rest stay one click away. */
const KEY_METRICS = new Set([
  'reliable-improvement',
  'reliable-deterioration',
  'reliable-recovery',
  'recovery',
  'remission',
]);

function Metric({ m }: { m: MetricResult }) {
  return (
    <div className={styles.metric}>
      <dt>
        {m.name}
        {m.met !== null && (
          <span className={m.met ? styles.metYes : styles.metOther}>
            {' '}
            · {m.met ? t('runner.metric.yes') : t('runner.metric.no')}
          </span>
        )}
      </dt>
      <dd>{m.label}</dd>
    </div>
  );
}

/** Change metrics, each labelled with the metric's name and its reading; the key ones first, the rest folded. */
export function MetricList({ metrics, label }: { metrics: MetricResult[]; label: string }) {
  const key = metrics.filter((m) => KEY_METRICS.has(m.metric) && m.met !== null);
  const rest = metrics.filter((m) => !key.includes(m));
  return (
    <div className={styles.metrics}>
      <h5 className={styles.metricsTitle}>{label}</h5>
      <dl className={styles.metricList}>
        {key.map((m) => (
          <Metric key={`${m.metric}-${m.name}`} m={m} />
        ))}
      </dl>
      {rest.length > 0 && (
        <details className={styles.itemScores}>
          <summary>{t('runner.metric.more', { count: rest.length })}</summary>
          <dl className={styles.metricList}>
            {rest.map((m) => (
              <Metric key={`${m.metric}-${m.name}`} m={m} />
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
