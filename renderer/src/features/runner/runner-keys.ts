/** What a key press in the runner asks for, if anything. */
export type RunnerCommand = 'next' | 'previous' | 'tick' | 'client-view' | null;

/**
 * Reads the runner's shortcuts: Ctrl/Cmd+] and Ctrl/Cmd+[ (also Alt+↓/↑) for next/previous
 * section, Ctrl/Cmd+Enter to tick the focused talking point, Ctrl/Cmd+Shift+C for the client view.
 */
export function runnerCommand(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>): RunnerCommand {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && event.shiftKey && (event.key === 'C' || event.key === 'c' || event.code === 'KeyC')) return 'client-view';
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
