// The app as the Windows journey drives it: the real createHandlers over a data folder, every
// call through dispatch (the IPC entry point), file dialogs answered by the journey.
import assert from 'node:assert/strict';
import type { ApiOutput, Method } from '../../core/contract';
import type { Result } from '../../core/result';
import type { Dialogs } from '../../electron/services/dialogs';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';

/** One running instance of the services, as the main process would hold it. */
export interface JourneyApp {
  /** Calls a method through dispatch and returns its value; fails the journey on an error Result. */
  call<M extends Method>(method: M, input?: unknown): Promise<ApiOutput<M>>;
  /** Calls a method through dispatch and returns the raw Result. */
  raw(method: Method, input?: unknown): Promise<Result<unknown>>;
  /** What the next system file dialog answers (an absolute path). */
  choose(path: string): void;
  /** Locks the vault if it is open (stops its watcher, so the process can end). */
  close(): Promise<void>;
}

/** Starts the services over `dataDir` with the shipped resources in `resourcesDir`. */
export function openApp(dataDir: string, resourcesDir: string): JourneyApp {
  let next: string | null = null;
  const dialogs: Dialogs = {
    chooseSavePath: async () => next,
    chooseOpenPath: async () => next,
    chooseFolder: async () => next,
  };
  const handlers = createHandlers({ dataDir, resourcesDir, dialogs, locale: 'en-GB' });
  const raw = (method: Method, input: unknown = {}) => dispatch(handlers, method, input);
  return {
    raw,
    choose: (path) => void (next = path),
    async close() {
      await raw('vault.lock', { reason: 'user' });
    },
    async call<M extends Method>(method: M, input: unknown = {}) {
      const result = await raw(method, input);
      if (!result.ok)
        assert.fail(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as ApiOutput<M>;
    },
  };
}

/** The number of pages in a PDF pdfkit wrote (it writes every page object uncompressed). */
export function countPdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}
