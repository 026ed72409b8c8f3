import type { KeyboardEvent } from 'react';

/**
 * Keyboard reordering for a list row: Alt+ArrowUp and Alt+ArrowDown move it one place. Returns
 * the step (-1 or 1) the key asks for, or 0; prevents the browser's default for handled keys.
 */
export function reorderStep(event: KeyboardEvent): -1 | 0 | 1 {
  if (!event.altKey || event.ctrlKey || event.metaKey) return 0;
  if (event.key === 'ArrowUp') {
    event.preventDefault();
    return -1;
  }
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    return 1;
  }
  return 0;
}
