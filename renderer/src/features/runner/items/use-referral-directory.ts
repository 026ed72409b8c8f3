import { useEffect, useState } from 'react';
import type { ReferralContact } from '../../../../../core/referrals';

/** What a directory search shows: loading, the matching contacts, or a plain error. */
export type DirectorySearch =
  | { status: 'loading'; contacts: ReferralContact[] }
  | { status: 'ready'; contacts: ReferralContact[] }
  | { status: 'error'; contacts: ReferralContact[]; message: string };

/** How long typing must pause before the directory is searched (milliseconds). */
const SEARCH_PAUSE_MS = 120;

/**
 * Searches the referral directory through `referrals.list` as the query changes (after a short
 * pause; an answer to an older query is dropped).
 */
export function useReferralDirectory(query: string): DirectorySearch {
  const [answer, setAnswer] = useState<{ query: string | null; result: DirectorySearch }>({
    query: null,
    result: { status: 'loading', contacts: [] },
  });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        window.api.referrals
          .list({ query })
          .then(
            (r) =>
              live &&
              setAnswer({
                query,
                result: r.ok
                  ? { status: 'ready', contacts: r.value }
                  : { status: 'error', contacts: [], message: r.error.message },
              }),
          )
          .catch(
            () =>
              live && setAnswer({ query, result: { status: 'error', contacts: [], message: '' } }),
          );
      },
      query ? SEARCH_PAUSE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  // While a newer query is on its way, the last answer stays on screen, marked as loading.
  return answer.query === query
    ? answer.result
    : { status: 'loading', contacts: answer.result.contacts };
}
