import { useEffect, useRef } from 'react';

/** Moves focus to a screen's main heading when the screen appears, so screen readers announce it. */
export function useFocusHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
