import { useEffect, useRef } from 'react';

/**
 * For a header that stays in view while the page scrolls: keeps the page's scroll padding (and
 * the `--sticky-head` custom property the rail uses) equal to the header's height, so a field
 * reached by Tab or "Go there" is scrolled clear of the header instead of under it. Undone when
 * the header goes.
 */
export function useStickyHead<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const head = ref.current;
    if (!head) return;
    const root = document.documentElement;
    const apply = () => {
      const sticky = getComputedStyle(head).position === 'sticky';
      const height = sticky ? Math.ceil(head.getBoundingClientRect().height) : 0;
      root.style.setProperty('--sticky-head', `${height}px`);
      root.style.scrollPaddingTop = `${height + 8}px`;
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(head);
    window.addEventListener('resize', apply);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', apply);
      root.style.removeProperty('--sticky-head');
      root.style.removeProperty('scroll-padding-top');
    };
  }, []);
  return ref;
}
