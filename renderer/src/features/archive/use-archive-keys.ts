import { useEffect, type KeyboardEvent, type RefObject } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** "/" (outside a text field) or Ctrl/Cmd+K anywhere focuses the search box. */
export function useSearchShortcut(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isEditable(event.target);
      const palette = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (!slash && !palette) return;
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search]);
}

function results(list: HTMLElement | null): HTMLElement[] {
  return list ? [...list.querySelectorAll<HTMLElement>('[data-archive-result]')] : [];
}

/**
 * Arrow keys through the results: Down/Up move, Home/End jump, Up from the first result (or
 * Esc) goes back to the search box. Enter opens the focused result (it is a button).
 */
export function onResultListKey(
  event: KeyboardEvent<HTMLElement>,
  list: RefObject<HTMLElement | null>,
  search: RefObject<HTMLInputElement | null>,
  clear: () => void,
): void {
  const items = results(list.current);
  const at = items.indexOf(document.activeElement as HTMLElement);
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowDown') next = items[Math.min(items.length - 1, at + 1)];
  else if (event.key === 'ArrowUp') next = at <= 0 ? (search.current ?? undefined) : items[at - 1];
  else if (event.key === 'Home') next = items[0];
  else if (event.key === 'End') next = items[items.length - 1];
  else if (event.key === 'Escape') {
    clear();
    next = search.current ?? undefined;
  } else return;
  event.preventDefault();
  next?.focus();
}

/** In the search box: Down goes to the first result; Esc clears the text. */
export function onSearchBoxKey(
  event: KeyboardEvent<HTMLInputElement>,
  list: RefObject<HTMLElement | null>,
  text: string,
  clear: () => void,
): void {
  if (event.key === 'ArrowDown') {
    const first = results(list.current)[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  } else if (event.key === 'Escape' && text) {
    event.preventDefault();
    clear();
  }
}
