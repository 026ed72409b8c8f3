// The preload of the app window, bundled to one CommonJS file (dist/preload/preload.cjs) and run
// sandboxed with context isolation. It exposes exactly two globals to the renderer:
//   window.api        — built from the contract by createApi; every call is one ipcRenderer.invoke
//                       on API_CHANNEL and resolves to a plain Result (never rejects);
//   window.appEvents  — on(name, listener) → unsubscribe, for the names in APP_EVENT_NAMES only.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../../core/api/create-api';
import { API_CHANNEL } from '../../core/contract';
import { APP_EVENT_NAMES, EVENT_CHANNEL, type AppEventName } from '../../core/events';
import { err, isResult, type Result } from '../../core/result';

const UNREACHABLE = 'The app could not reach its background process. Please try again.';

/** Sends one API call to the main process; any transport failure becomes an `internal` Result. */
async function invoke(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    const result: unknown = await ipcRenderer.invoke(API_CHANNEL, method, input);
    return isResult(result) ? result : err('internal', UNREACHABLE);
  } catch {
    return err('internal', UNREACHABLE);
  }
}

/** Subscribes to one app event; only the payload reaches the listener, never the IPC event. */
function on(name: AppEventName, listener: (payload: unknown) => void): () => void {
  if (!APP_EVENT_NAMES.includes(name)) throw new TypeError('Unknown app event.');
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  const relay = (_event: IpcRendererEvent, eventName: unknown, payload: unknown) => {
    if (eventName === name) listener(payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, relay);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  };
}

contextBridge.exposeInMainWorld('api', createApi(invoke));
contextBridge.exposeInMainWorld('appEvents', Object.freeze({ on }));
