import type { Handlers } from '../../core/contract';
import { isMethod } from '../../core/contract';
import type { AppEventName, AppEvents } from '../../core/events';
import { dispatch } from '../services/dispatch';

/** Why the vault is locked: a `vault.locked` event reason, or 'quit' (no event: the window is going). */
export type LockReason = AppEvents['vault.locked']['reason'] | 'quit';

/** The contract method that drops the data key; called only once the contract has it. */
export const VAULT_LOCK_METHOD = 'vault.lock';

/** What locking needs from the outside. */
export interface VaultLockDeps {
  handlers: Handlers;
  /** Pushes an event to the renderer. */
  send: <E extends AppEventName>(name: E, payload: AppEvents[E]) => void;
  /** Waits the given milliseconds (the renderer's moment to flush unsaved typing). */
  wait: (ms: number) => Promise<void>;
  /** How long the renderer gets to flush before the key is dropped. */
  flushMs?: number;
  /** Reports a failed lock without client data. */
  log?: (message: string) => void;
}

/** The default moment the renderer gets to save unsaved typing before the lock. */
export const DEFAULT_FLUSH_MS = 400;

/**
 * Locks the app: asks the renderer to flush unsaved typing, gives it a moment, drops the data
 * key through `vault.lock` (with the reason, for the audit trail) when the contract has that
 * method, then tells the renderer the vault is locked so it clears all client data from its
 * state (not on quit). Never throws.
 */
export async function lockVault(deps: VaultLockDeps, reason: LockReason): Promise<void> {
  const log = deps.log ?? ((message: string) => console.error(message));
  try {
    deps.send('app.flush', {});
    await deps.wait(deps.flushMs ?? DEFAULT_FLUSH_MS);
    if (isMethod(VAULT_LOCK_METHOD)) {
      const result = await dispatch(deps.handlers, VAULT_LOCK_METHOD, { reason });
      if (!result.ok) log(`[auto-lock] vault.lock failed (${result.error.code})`);
    }
  } catch {
    log('[auto-lock] locking failed unexpectedly');
  } finally {
    try {
      if (reason !== 'quit') deps.send('vault.locked', { reason });
    } catch {
      log('[auto-lock] could not tell the window that the vault is locked');
    }
  }
}

/** Wraps a lock function so overlapping requests (suspend right after screen lock) run once. */
export function coalesceLocks(
  lock: (reason: LockReason) => Promise<void>,
): (reason: LockReason) => Promise<void> {
  let running: Promise<void> | undefined;
  return (reason) => {
    running ??= lock(reason).finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** The part of Electron's app the quit lock uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds the first quit until the renderer has flushed and the vault is locked (reason 'quit',
 * recorded in the audit trail), then lets the app quit. Returns whether a quit has begun.
 */
export function lockBeforeQuit(
  app: QuittingApp,
  lock: (reason: LockReason) => Promise<void>,
): () => boolean {
  let state: 'running' | 'locking' | 'locked' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'locked') return;
    event.preventDefault();
    if (state === 'locking') return;
    state = 'locking';
    void lock('quit').finally(() => {
      state = 'locked';
      app.quit();
    });
  });
  return () => state !== 'running';
}
