import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { API_CHANNEL, type Handlers } from '../../core/contract';
import { EVENT_CHANNEL, type AppEventName, type AppEvents } from '../../core/events';
import { err, type Result } from '../../core/result';
import { dispatch } from '../services/dispatch';

/** What the API channel needs: the services' handlers and a check on who is calling. */
export interface ApiChannelDeps {
  handlers: Handlers;
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
}

/** The error an untrusted caller gets; the handlers are never reached. */
export const UNTRUSTED_SENDER_ERROR = 'This request did not come from the app window.';

/**
 * Answers one API call: refuses callers that fail the sender check, otherwise hands the method
 * name and input to `dispatch`, which validates both. Always resolves to a plain Result.
 */
export async function answerApiCall(
  deps: ApiChannelDeps,
  event: IpcMainInvokeEvent,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  let trusted = false;
  try {
    trusted = deps.isTrusted(event);
  } catch {
    trusted = false;
  }
  if (!trusted) return err('invalid-input', UNTRUSTED_SENDER_ERROR);
  return dispatch(deps.handlers, method, input);
}

/** Registers the one API channel (API_CHANNEL) on ipcMain; returns a function that removes it. */
export function registerApiChannel(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  deps: ApiChannelDeps,
): () => void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) =>
    answerApiCall(deps, event, method, input),
  );
  return () => ipcMain.removeHandler(API_CHANNEL);
}

/** Pushes one app event (EVENT_CHANNEL) to a renderer, if it is still there. */
export function sendAppEvent<E extends AppEventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
  name: E,
  payload: AppEvents[E],
): void {
  if (!contents || contents.isDestroyed()) return;
  contents.send(EVENT_CHANNEL, name, payload);
}
