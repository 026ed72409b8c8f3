import { useEffect, useId, useRef, useState } from 'react';
import type { ArchiveSort } from '../../../../core/search';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { ArchiveFilters } from './archive-filters';
import { countFilters, EMPTY_QUERY, type ArchiveQueryState } from './archive-query';
import { ArchiveResults } from './archive-results';
import { CheckInsDue } from './check-ins-due';
import { ClientsWithoutEnding } from './clients-without-ending';
import { IndexingStatus } from './indexing-status';
import { onSearchBoxKey, useSearchShortcut } from './use-archive-keys';
import { PAGE_SIZE, useArchiveSearch } from './use-archive-search';
import styles from './archive.module.css';

/** Props of the archive screen. */
export interface ArchiveScreenProps {
  /** The query to start with (kept when coming back from a document). */
  initialQuery?: ArchiveQueryState;
  onOpen: (sessionId: string, query: ArchiveQueryState) => void;
  onGoToClients: () => void;
}

/** The archive: every closing document, searchable as you type, with filters and keyboard use. */
export function ArchiveScreen({
  initialQuery = EMPTY_QUERY,
  onOpen,
  onGoToClients,
}: ArchiveScreenProps) {
  const [query, setQuery] = useState<ArchiveQueryState>(initialQuery);
  const [filtersOpen, setFiltersOpen] = useState(countFilters(initialQuery.filters) > 0);
  const [paging, setPaging] = useState({ query, limit: PAGE_SIZE });
  const limit = paging.query === query ? paging.limit : PAGE_SIZE;
  const [search, retry] = useArchiveSearch(query, limit);
  const [options, reloadOptions] = useApiLoad(() => window.api.archive.filterOptions({}));
  const [without] = useApiLoad(() => window.api.archive.clientsWithoutEnding({}));
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  useSearchShortcut(searchRef);

  const building = search.status === 'ready' && search.result.progress.state === 'building';
  useEffect(() => {
    if (!building) reloadOptions();
  }, [building, reloadOptions]);

  const clearText = () => setQuery((q) => ({ ...q, text: '' }));
  const filterCount = countFilters(query.filters);
  const open = (sessionId: string) => onOpen(sessionId, query);
  const result = search.status === 'ready' ? search.result : null;
  const archiveEmpty =
    result !== null &&
    result.total === 0 &&
    !query.text.trim() &&
    filterCount === 0 &&
    result.progress.state !== 'building';

  return (
    <section aria-labelledby="archive-title" className={styles.screen}>
      <h1 id="archive-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('archive.title')}
      </h1>

      <div className={styles.searchRow} role="search">
        <label htmlFor={`${id}-q`} className={styles.searchLabel}>
          {t('archive.search.label')}
        </label>
        <div className={styles.searchBox}>
          <svg
            className={styles.searchIcon}
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M16 16l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            id={`${id}-q`}
            ref={searchRef}
            type="search"
            className={styles.searchInput}
            value={query.text}
            placeholder={t('archive.search.placeholder')}
            aria-describedby={`${id}-q-help`}
            aria-keyshortcuts="/ Control+K Meta+K"
            autoComplete="off"
            spellCheck={false}
            dir="auto"
            maxLength={1000}
            onChange={(e) => setQuery((q) => ({ ...q, text: e.target.value }))}
            onKeyDown={(e) => onSearchBoxKey(e, listRef, query.text, clearText)}
          />
        </div>
        <p id={`${id}-q-help`} className={styles.help}>
          {t('archive.search.help')}
        </p>
      </div>

      <div className={styles.toolbar}>
        <Button
          variant="secondary"
          aria-expanded={filtersOpen}
          aria-controls={`${id}-filters`}
          onPress={() => setFiltersOpen((v) => !v)}
        >
          {filterCount > 0
            ? t('archive.filters.toggleCount', { count: filterCount })
            : t('archive.filters.toggle')}
        </Button>
        <div className={styles.sortField}>
          <label htmlFor={`${id}-sort`}>{t('archive.sort.label')}</label>
          <select
            id={`${id}-sort`}
            className={styles.input}
            value={query.sort}
            onChange={(e) =>
              setQuery((q) => ({ ...q, sort: e.target.value as ArchiveSort | 'auto' }))
            }
          >
            <option value="auto">
              {query.text.trim() ? t('archive.sort.relevance') : t('archive.sort.date')}
            </option>
            {(query.text.trim() || query.sort === 'date') && (
              <option value="date">{t('archive.sort.date')}</option>
            )}
            <option value="name">{t('archive.sort.name')}</option>
          </select>
        </div>
      </div>
      {filtersOpen && (
        <ArchiveFilters
          id={`${id}-filters`}
          filters={query.filters}
          options={options.status === 'ready' ? options.value : null}
          onChange={(filters) => setQuery((q) => ({ ...q, filters }))}
        />
      )}

      {result && <IndexingStatus progress={result.progress} />}
      {!archiveEmpty && <CheckInsDue onOpen={open} />}

      {search.status === 'loading' && <p className={styles.muted}>{t('common.loading')}</p>}
      {search.status === 'error' && (
        <div role="alert" className={styles.errorBox}>
          <p>{t('archive.error')}</p>
          <p className={styles.muted}>{search.error.message}</p>
          <Button onPress={retry}>{t('common.retry')}</Button>
        </div>
      )}
      {archiveEmpty && (
        <div className={styles.empty}>
          <h2 className={styles.sectionTitle}>{t('archive.empty.title')}</h2>
          <p className={styles.muted}>{t('archive.empty.body')}</p>
          <Button variant="primary" onPress={onGoToClients}>
            {t('archive.empty.action')}
          </Button>
        </div>
      )}
      {result && !archiveEmpty && (
        <ArchiveResults
          result={result}
          query={query}
          listRef={listRef}
          searchRef={searchRef}
          onOpen={open}
          onClearText={clearText}
          onClearFilters={() => setQuery((q) => ({ ...q, filters: {} }))}
          onShowMore={() => setPaging({ query, limit: Math.min(200, limit + PAGE_SIZE) })}
        />
      )}

      {without.status === 'ready' && result && (
        <ClientsWithoutEnding
          clients={without.value}
          text={query.text}
          onOpen={(sessionId) => open(sessionId)}
        />
      )}
    </section>
  );
}
