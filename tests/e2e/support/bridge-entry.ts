// Bundled into the init script of every e2e page: builds window.api with the same createApi the
// preload uses, over a Playwright binding instead of IPC.
import { createApi } from '../../../core/api/create-api';
import type { AppEventName, AppEvents } from '../../../core/events';
import { APP_EVENT_NAMES } from '../../../core/events';
import type { Result } from '../../../core/result';

type Listener = (payload: unknown) => void;

interface BridgeWindow {
  __closingSessionInvoke: (method: string, input: unknown) => Promise<Result<unknown>>;
  __closingSessionEmit: (name: AppEventName, payload: AppEvents[AppEventName]) => void;
  api: unknown;
  appEvents: unknown;
}

const target = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

target.api = createApi((method, input) => target.__closingSessionInvoke(method, input));
target.appEvents = Object.freeze({
  on(name: AppEventName, listener: Listener) {
    if (!APP_EVENT_NAMES.includes(name)) throw new Error('Unknown event.');
    const set = listeners.get(name) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(name, set);
    return () => set.delete(listener);
  },
});
target.__closingSessionEmit = (name, payload) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
};
