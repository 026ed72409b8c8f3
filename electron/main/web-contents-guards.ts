import type { Event, WebContents } from 'electron';

/** The part of a WebContents the guards use. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const prevent = (event: Pick<Event, 'preventDefault'>) => event.preventDefault();
const guarded = new WeakSet<object>();

/**
 * Locks a WebContents to the page it was given: no navigation or redirect away from it, no new
 * windows (nothing is opened, not even in the system browser), no <webview> attachment.
 * Guarding the same WebContents twice changes nothing.
 */
export function guardWebContents(contents: GuardedContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', prevent);
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
