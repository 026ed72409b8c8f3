import { useId } from 'react';
import { t } from '../../i18n/t';
import type { RailEntry } from './section-rail';
import styles from './runner.module.css';

/** Props of the section picker. */
export interface SectionPickerProps {
  entries: RailEntry[];
  currentId: string;
  onSelect: (id: string) => void;
}

/** One option's words: number, title, and covered/total with what is still required. */
function optionText(entry: RailEntry, index: number): string {
  const { covered, total, missingRequired } = entry.progress;
  const required =
    missingRequired.length > 0
      ? ` · ${t('runner.rail.missing', { count: missingRequired.length })}`
      : '';
  return `${index + 1}. ${entry.title} — ${t('runner.rail.progress', { covered, total })}${required}`;
}

/**
 * The section rail folded into one native select for narrow windows (and high zoom), so the
 * current section starts on the first screen. Shows the same progress and requirements as the rail.
 */
export function SectionPicker({ entries, currentId, onSelect }: SectionPickerProps) {
  const id = useId();
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.pickerLabel}>
        {t('runner.picker.label')}
      </label>
      <select
        id={id}
        className={styles.pickerSelect}
        value={currentId}
        onChange={(e) => onSelect(e.target.value)}
        data-section-picker=""
      >
        {entries.map((entry, index) => (
          <option key={entry.id} value={entry.id}>
            {optionText(entry, index)}
          </option>
        ))}
      </select>
    </div>
  );
}
