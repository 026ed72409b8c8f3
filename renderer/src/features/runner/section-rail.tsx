import type { SectionProgress } from '../../../../core/checklist';
import { t } from '../../i18n/t';
import styles from './runner.module.css';

/** One entry of the rail: a template section, or the outreach log of an unplanned ending. */
export interface RailEntry {
  id: string;
  title: string;
  progress: Pick<SectionProgress, 'covered' | 'total' | 'missingRequired' | 'private'>;
}

/** Props of the section rail. */
export interface SectionRailProps {
  entries: RailEntry[];
  currentId: string;
  onSelect: (id: string) => void;
}

/** The list of sections on the left: covered/total and what is still required, the current one marked. */
export function SectionRail({ entries, currentId, onSelect }: SectionRailProps) {
  return (
    <nav aria-label={t('runner.rail.label')} className={styles.rail}>
      <ol className={styles.railList}>
        {entries.map((entry, index) => {
          const { covered, total, missingRequired } = entry.progress;
          const current = entry.id === currentId;
          const done = total > 0 && covered === total;
          return (
            <li key={entry.id}>
              <button
                type="button"
                className={`${styles.railItem} ${current ? styles.railCurrent : ''}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => onSelect(entry.id)}
                data-rail={entry.id}
              >
                <span className={styles.railNumber} aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className={styles.railText}>
                  <span className={styles.railTitle} dir="auto">
                    {entry.title}
                    {entry.progress.private && (
                      <span className="visually-hidden"> ({t('runner.rail.private')})</span>
                    )}
                  </span>
                  <span className={styles.railMeta}>
                    <span className={styles.railProgress}>
                      {t('runner.rail.progress', { covered, total })}
                    </span>
                    {missingRequired.length > 0 && (
                      <span className={styles.railMissing}>
                        {' '}
                        · {t('runner.rail.missing', { count: missingRequired.length })}
                      </span>
                    )}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
