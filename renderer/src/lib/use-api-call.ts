import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorInfo, Result } from '../../../core/result';

/** The state of a load: loading, loaded with a value, or failed with a plain error. */
export type LoadState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: AppErrorInfo };

/** Runs an API call when mounted (and on `reload()`), tracking loading, value and error. */
export function useApiLoad<T>(call: () => Promise<Result<T>>): [LoadState<T>, () => void] {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const callRef = useRef(call);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    callRef.current = call;
  });

  useEffect(() => {
    let current = true;
    callRef
      .current()
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', error: result.error },
        );
      })
      .catch(() => {
        if (current)
          setState({
            status: 'error',
            error: { code: 'internal', message: 'The app did not answer.' },
          });
      });
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
