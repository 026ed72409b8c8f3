/** The single IPC channel on which the main process pushes events to the renderer. */
export const EVENT_CHANNEL = 'closing-session:event';

/** Events the main process may push to the renderer, with their payloads. */
export interface AppEvents {
  /** The vault was locked (idle, suspend, screen lock or "Lock now"): drop all client data. */
  'vault.locked': { reason: 'idle' | 'suspend' | 'screen-lock' | 'user' };
  /** A menu command the renderer carries out (e.g. "new-client", "lock", "client-view"). */
  'menu.command': { command: string };
  /** The window is closing or locking: flush unsaved typing now. */
  'app.flush': Record<string, never>;
  /** The open vault became read-only (disk full, or not writable) or writable again (`reason: null`). */
  'vault.readOnly': { reason: 'full' | 'read-only' | null };
  /**
   * Records changed on another computer (through a synced folder), or a version from another
   * computer waits to be merged (`conflict`): kinds and ids, never content.
   */
  'vault.changedElsewhere': {
    changes: { kind: string; id: string; outcome: 'updated' | 'removed' | 'conflict' }[];
  };
}

/** Any event name. */
export type AppEventName = keyof AppEvents;

/** The list of event names the preload lets through. */
export const APP_EVENT_NAMES: readonly AppEventName[] = [
  'vault.locked',
  'menu.command',
  'app.flush',
  'vault.readOnly',
  'vault.changedElsewhere',
];
