import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDERER_RESPONSE_HEADERS } from '../../../core/security/response-headers';
import { createHandlers, type HandlerDeps } from '../../../electron/services/handlers';
import type { Dialogs } from '../../../electron/services/dialogs';
import { dispatch } from '../../../electron/services/dispatch';
import { writeFileAtomic } from '../../../electron/services/store/atomic-write';
import type { AtomicWriter } from '../../../electron/services/store/record-store';
import type { Handlers } from '../../../core/contract';
import type { AppEventName, AppEvents } from '../../../core/events';
import { bridgeScript } from './bridge-script';
import { startStaticServer, type StaticServer } from './static-server';

const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/**
 * scrypt cost for the vaults the end-to-end tests create: the same code path as production
 * (parameters stored in the vault header), at N = 2^14 instead of 2^17, so the suite does not
 * spend a third of a CPU-second on every create and unlock. The vault spec keeps the production
 * cost (it sets `handlerDeps.scrypt` itself), and the unit tests cover the production parameters.
 */
export const E2E_SCRYPT = Object.freeze({ N: 2 ** 14, r: 8, p: 1 });

/** The app under test: real handlers over a fresh data folder, bridged into the page. */
export interface AppHarness {
  dataDir: string;
  handlers: Handlers;
  /** Opens (or reopens) the app in the page. */
  open: () => Promise<void>;
  /** What the next system file dialog answers (an absolute path, or null for "cancelled"). */
  choose: (path: string | null) => void;
  /** Pushes a main-process event into the page, as the preload would. */
  emit: <E extends AppEventName>(name: E, payload: AppEvents[E]) => Promise<void>;
  /** Makes every file write in the vault fail as on a full (ENOSPC) or read-only (EROFS) disk; null: writable again. */
  diskFault: (code: 'ENOSPC' | 'EROFS' | null) => void;
}

/** Extra handler dependencies a test may set before the app opens. */
export interface HarnessOptions {
  handlerDeps: Partial<HandlerDeps>;
}

/** Makes a fresh temporary folder named `<prefix>XXXXXX`, removed when the test ends. */
export type TempFolder = (prefix: string) => Promise<string>;

export const test = base.extend<
  { app: AppHarness; tempFolder: TempFolder } & HarnessOptions,
  { server: StaticServer }
>({
  handlerDeps: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
  tempFolder: async ({}, use) => {
    const made: string[] = [];
    await use(async (prefix) => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    });
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  },
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
    async ({}, use) => {
      const server = await startStaticServer(RENDERER_DIR, RENDERER_RESPONSE_HEADERS);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // The app takes tempFolder so that a test's folders (a chosen vault folder above all) outlive
  // the app: it locks (its watcher stops) before they are removed.
  app: async ({ page, server, handlerDeps, tempFolder }, use) => {
    const dataDir = await tempFolder('closing-session-e2e-');
    let nextChoice: string | null = null;
    const dialogs: Dialogs = {
      chooseSavePath: async () => nextChoice,
      chooseOpenPath: async () => nextChoice,
      chooseFolder: async () => nextChoice,
    };
    // Tests run as root, where chmod cannot stop writes: a full or read-only disk is simulated at the writer.
    const fault: { code: string | null } = { code: null };
    const writer: AtomicWriter = async (dir, name, bytes) => {
      if (fault.code) throw Object.assign(new Error(fault.code), { code: fault.code });
      return writeFileAtomic(dir, name, bytes);
    };
    const handlers = createHandlers({
      dataDir,
      dialogs,
      writer,
      scrypt: E2E_SCRYPT,
      ...handlerDeps,
    });
    await page.exposeBinding('__closingSessionInvoke', (_source, method: unknown, input: unknown) =>
      dispatch(handlers, method, input),
    );
    await page.addInitScript({ content: bridgeScript() });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use({
      dataDir,
      handlers,
      open: async () => {
        await page.goto(server.url);
        await expect(page.locator('main')).toBeVisible();
      },
      choose: (path) => void (nextChoice = path),
      diskFault: (code) => void (fault.code = code),
      emit: async (name, payload) => {
        await page.evaluate(
          ([n, p]) =>
            (
              window as unknown as { __closingSessionEmit: (a: unknown, b: unknown) => void }
            ).__closingSessionEmit(n, p),
          [name, payload] as const,
        );
      },
    });
    // Locked at the end as the app locks when it quits: no watcher or timer outlives the test.
    await dispatch(handlers, 'vault.lock', { reason: 'user' });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
export type { Page };
