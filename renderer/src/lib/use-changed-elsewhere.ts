import { useEffect, useRef, useState } from 'react';
import type { AppEvents } from '../../../core/events';

/** One batch of changes from another computer. */
export type ChangedElsewhereEvent = AppEvents['vault.changedElsewhere'];

/**
 * The latest batch of records changed on another computer, and a counter that moves with every
 * batch (for reloading lists); `filter` keeps only the batches a screen cares about.
 */
export function useChangedElsewhere(
  filter: (event: ChangedElsewhereEvent) => boolean = () => true,
): { count: number; last: ChangedElsewhereEvent | null } {
  const latestFilter = useRef(filter);
  useEffect(() => {
    latestFilter.current = filter;
  });
  const [state, setState] = useState<{ count: number; last: ChangedElsewhereEvent | null }>({
    count: 0,
    last: null,
  });
  useEffect(
    () =>
      window.appEvents.on('vault.changedElsewhere', (event) => {
        if (latestFilter.current(event)) setState((s) => ({ count: s.count + 1, last: event }));
      }),
    [],
  );
  return state;
}
