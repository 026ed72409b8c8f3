import type { Api } from '../../core/contract';
import type { AppEventName, AppEvents } from '../../core/events';

/** What the preload (or the e2e bridge) exposes to the renderer. */
declare global {
  interface Window {
    api: Api;
    appEvents: {
      on<E extends AppEventName>(name: E, listener: (payload: AppEvents[E]) => void): () => void;
    };
  }
}

export {};
