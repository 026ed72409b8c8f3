import { useEffect, useState } from 'react';
import type { Notices } from '../../../../core/third-party-notices';

export type { Notices };

/** The notices file's load: loading, loaded, or failed with a message. */
export type NoticesState =
  | { status: 'loading' }
  | { status: 'ready'; notices: Notices }
  | { status: 'error'; message: string };

/** The file the build writes next to index.html (scripts/third-party-notices-plugin.mjs). */
export const NOTICES_URL = './third-party-notices.json';

function isNotices(value: unknown): value is Notices {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Notices>;
  return (
    typeof candidate.app?.name === 'string' &&
    Array.isArray(candidate.packages) &&
    Array.isArray(candidate.texts)
  );
}

/** Loads the third-party notices shipped with the renderer (same origin: app:// or the test server). */
export function useNotices(): NoticesState {
  const [state, setState] = useState<NoticesState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    fetch(NOTICES_URL)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body: unknown = await response.json();
        if (!isNotices(body)) throw new Error('unexpected content');
        if (current) setState({ status: 'ready', notices: body });
      })
      .catch((error: unknown) => {
        if (current)
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
      });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
