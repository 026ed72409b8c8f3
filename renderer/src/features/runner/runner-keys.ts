/** What a key press in the runner asks for, if anything. */
export type RunnerCommand =
  'next' | 'previous' | 'tick' | 'client-view' | 'finalize' | 'export' | null;

/**
 * Reads the runner's shortcuts: Ctrl/Cmd+] and Ctrl/Cmd+[ (also Alt+↓/↑) for next/previous
 * section, Ctrl/Cmd+Enter to tick the focused talking point, Ctrl/Cmd+Shift+C for the client view,
 * Ctrl/Cmd+Shift+F to finalize and Ctrl/Cmd+Shift+E to export (the same accelerators as the menu).
 */
export function runnerCommand(
  event: Pick<
    KeyboardEvent,
    'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'
  >,
): RunnerCommand {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && event.shiftKey) {
    const key = event.key.toLowerCase();
    if (key === 'c' || event.code === 'KeyC') return 'client-view';
    if (key === 'f' || event.code === 'KeyF') return 'finalize';
    if (key === 'e' || event.code === 'KeyE') return 'export';
  }
  if (mod && !event.altKey && !event.shiftKey) {
    if (event.key === ']' || event.code === 'BracketRight') return 'next';
    if (event.key === '[' || event.code === 'BracketLeft') return 'previous';
    if (event.key === 'Enter') return 'tick';
  }
  const inSelect = event.target instanceof HTMLSelectElement;
  if (event.altKey && !mod && !event.shiftKey && !inSelect) {
    if (event.key === 'ArrowDown') return 'next';
    if (event.key === 'ArrowUp') return 'previous';
  }
  return null;
}
