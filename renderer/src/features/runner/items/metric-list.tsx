import type { MetricResult } from '../../../../../core/measures';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** Change metrics, each labelled with the metric's name, its reading and whether it is met. */
export function MetricList({ metrics, label }: { metrics: MetricResult[]; label: string }) {
  return (
    <div className={styles.metrics}>
      <h5 className={styles.metricsTitle}>{label}</h5>
      <dl className={styles.metricList}>
        {metrics.map((m) => (
          <div key={`${m.metric}-${m.name}`} className={styles.metric}>
            <dt>
              {m.name}
              <span className={m.met ? styles.metYes : styles.metOther}> · {m.met === null ? t('runner.metric.na') : m.met ? t('runner.metric.yes') : t('runner.metric.no')}</span>
            </dt>
            <dd>{m.label}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
