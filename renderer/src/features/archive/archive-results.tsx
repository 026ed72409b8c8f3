import type { RefObject } from 'react';
import type { ArchiveSearchResult } from '../../../../core/search';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { countFilters, type ArchiveQueryState } from './archive-query';
import { ResultItem } from './result-item';
import { onResultListKey } from './use-archive-keys';
import styles from './archive.module.css';

/** Props of the result list. */
export interface ArchiveResultsProps {
  result: ArchiveSearchResult;
  query: ArchiveQueryState;
  listRef: RefObject<HTMLUListElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen: (sessionId: string) => void;
  onClearText: () => void;
  onClearFilters: () => void;
  /** Shows the next page of results (up to 200 in all). */
  onShowMore: () => void;
}

/** The count and the found documents, or a kind "no results" with ways out. */
export function ArchiveResults({
  result,
  query,
  listRef,
  searchRef,
  onOpen,
  onClearText,
  onClearFilters,
  onShowMore,
}: ArchiveResultsProps) {
  const text = query.text.trim();
  const filters = countFilters(query.filters);
  const count = text
    ? t('archive.count.found', { count: result.total })
    : t('archive.count.listed', { count: result.total });
  return (
    <div className={styles.results}>
      <p role="status" className={styles.count}>
        {count}
        {result.hits.length < result.total &&
          ` ${t('archive.count.showing', { shown: result.hits.length })}`}
      </p>
      {result.closeMatches && (
        <p className={styles.closeNotice} data-close-matches="">
          <strong>{t('archive.close.notice')}</strong> {t('archive.close.help')}
        </p>
      )}
      {result.total === 0 ? (
        <div className={styles.noResults}>
          <h2 className={styles.sectionTitle}>
            {text ? t('archive.none.titleFor', { text }) : t('archive.none.title')}
          </h2>
          <p className={styles.muted}>
            {filters > 0 ? t('archive.none.bodyFilters') : t('archive.none.body')}
          </p>
          <div className={styles.actions}>
            {text && <Button onPress={onClearText}>{t('archive.none.clearText')}</Button>}
            {filters > 0 && <Button onPress={onClearFilters}>{t('archive.filters.clear')}</Button>}
          </div>
        </div>
      ) : (
        <ul
          ref={listRef}
          className={styles.resultList}
          aria-label={t('archive.results.label')}
          onKeyDown={(e) => onResultListKey(e, listRef, searchRef, onClearText)}
        >
          {result.hits.map((hit) => (
            <ResultItem key={hit.sessionId} hit={hit} onOpen={() => onOpen(hit.sessionId)} />
          ))}
        </ul>
      )}
      {result.hits.length < result.total && result.hits.length < 200 && (
        <div>
          <Button variant="secondary" onPress={onShowMore}>
            {t('archive.results.more')}
          </Button>
        </div>
      )}
      {result.hits.length >= 200 && result.total > 200 && (
        <p className={styles.muted}>{t('archive.results.narrow')}</p>
      )}
    </div>
  );
}
