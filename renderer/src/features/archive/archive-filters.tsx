import { useId } from 'react';
import {
  REASON_FOR_ENDING_LABELS,
  type ReasonForEndingCode,
} from '../../../../core/checklist/reason-for-ending';
import type { FilterOptions } from '../../../../core/search';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import type { QueryFilters as Filters } from './archive-query';
import styles from './archive.module.css';

/** Props of the filter panel. */
export interface ArchiveFiltersProps {
  id: string;
  filters: Filters;
  options: FilterOptions | null;
  onChange: (filters: Filters) => void;
}

function toggle<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

function reasonLabel(code: string | null): string {
  return code === null
    ? t('archive.filters.reasonNone')
    : (REASON_FOR_ENDING_LABELS[code as ReasonForEndingCode] ?? code);
}

/** Narrowing the archive: date range, status, kind of document, template and reason for ending. */
export function ArchiveFilters({ id, filters, options, onChange }: ArchiveFiltersProps) {
  const uid = useId();
  const set = (next: Partial<Filters>) => onChange({ ...filters, ...next });
  const statuses = options?.statuses.map((s) => s.value) ?? ['finalized', 'draft'];
  const kinds = options?.kinds.map((k) => k.value) ?? ['closing-session', 'closure-letter'];
  return (
    <div id={id} className={styles.filters} role="group" aria-label={t('archive.filters.label')}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('archive.filters.date')}</legend>
        <div className={styles.dateRow}>
          <label className={styles.smallField}>
            <span>{t('archive.filters.from')}</span>
            <input
              type="date"
              className={styles.input}
              value={filters.dateFrom ?? ''}
              min={options?.firstDay ?? undefined}
              max={options?.lastDay ?? undefined}
              onChange={(e) => set({ dateFrom: e.target.value || undefined })}
            />
          </label>
          <label className={styles.smallField}>
            <span>{t('archive.filters.to')}</span>
            <input
              type="date"
              className={styles.input}
              value={filters.dateTo ?? ''}
              min={options?.firstDay ?? undefined}
              max={options?.lastDay ?? undefined}
              onChange={(e) => set({ dateTo: e.target.value || undefined })}
            />
          </label>
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('archive.filters.status')}</legend>
        {statuses.map((status) => (
          <label key={status} className={styles.check}>
            <input
              type="checkbox"
              checked={filters.status?.includes(status) ?? false}
              onChange={(e) => set({ status: toggle(filters.status, status, e.target.checked) })}
            />
            {t(`document.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('archive.filters.kind')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className={styles.check}>
            <input
              type="checkbox"
              checked={filters.kind?.includes(kind) ?? false}
              onChange={(e) => set({ kind: toggle(filters.kind, kind, e.target.checked) })}
            />
            {t(`document.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className={styles.selects}>
        <div className={styles.smallField}>
          <label htmlFor={`${uid}-template`}>{t('archive.filters.template')}</label>
          <select
            id={`${uid}-template`}
            className={styles.input}
            value={filters.templateId?.[0] ?? ''}
            onChange={(e) => set({ templateId: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">{t('archive.filters.any')}</option>
            {options?.templates.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.smallField}>
          <label htmlFor={`${uid}-reason`}>{t('archive.filters.reason')}</label>
          <select
            id={`${uid}-reason`}
            className={styles.input}
            value={filters.reasonCode?.length ? (filters.reasonCode[0] ?? 'none') : ''}
            onChange={(e) =>
              set({
                reasonCode:
                  e.target.value === ''
                    ? []
                    : [e.target.value === 'none' ? null : (e.target.value as ReasonForEndingCode)],
              })
            }
          >
            <option value="">{t('archive.filters.any')}</option>
            {options?.reasons.map((o) => (
              <option key={o.value ?? 'none'} value={o.value ?? 'none'}>
                {reasonLabel(o.value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Button variant="quiet" onPress={() => onChange({})}>
        {t('archive.filters.clear')}
      </Button>
    </div>
  );
}
