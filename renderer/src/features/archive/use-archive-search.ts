import { useEffect, useRef, useState } from 'react';
import type { AppErrorInfo } from '../../../../core/result';
import type { ArchiveSearchResult } from '../../../../core/search';
import { effectiveSort, type ArchiveQueryState } from './archive-query';

/** The state of the archive search: loading, answered (possibly while indexing), or failed. */
export type ArchiveSearchState =
  | { status: 'loading' }
  | { status: 'ready'; result: ArchiveSearchResult }
  | { status: 'error'; error: AppErrorInfo };

/** How often the list refreshes while the index is still being built (ms). */
const INDEXING_REFRESH_MS = 400;
/** How many results one page shows. */
export const PAGE_SIZE = 50;

/**
 * Searches as the query changes (every keystroke); answers that arrive after a newer query are
 * dropped. While the index is being built the search repeats, so counts and progress move.
 */
export function useArchiveSearch(
  query: ArchiveQueryState,
  limit = PAGE_SIZE,
): [ArchiveSearchState, () => void] {
  const [state, setState] = useState<ArchiveSearchState>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const asked: ArchiveQueryState = JSON.parse(key) as ArchiveQueryState;
    const seq = ++latest.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.api.archive
      .search({ text: asked.text, filters: asked.filters, sort: effectiveSort(asked), limit })
      .then((result) => {
        if (seq !== latest.current) return;
        if (!result.ok) return setState({ status: 'error', error: result.error });
        setState({ status: 'ready', result: result.value });
        if (result.value.progress.state === 'building')
          timer = setTimeout(() => setTick((n) => n + 1), INDEXING_REFRESH_MS);
      })
      .catch(() => {
        if (seq === latest.current)
          setState({
            status: 'error',
            error: { code: 'internal', message: 'The app did not answer.' },
          });
      });
    return () => {
      if (timer) clearTimeout(timer);
    };
  }, [key, limit, tick]);

  return [state, () => setTick((n) => n + 1)];
}
