// Builds the real bundles with scripts/build-electron.mjs and checks them: the preload is one
// CommonJS file that needs nothing but electron and exposes exactly window.api and
// window.appEvents; the main bundle leaves only electron, Node built-ins and pdfkit outside.
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, METHODS } from '../../core/contract';
import { APP_EVENT_NAMES, EVENT_CHANNEL } from '../../core/events';

let outDir: string;
let preloadCode: string;
let mainCode: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'cs-bundles-'));
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--out-dir', outDir], {
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  preloadCode = await readFile(join(outDir, 'preload', 'preload.cjs'), 'utf8');
  mainCode = await readFile(join(outDir, 'main', 'main.cjs'), 'utf8');
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
type AppEventsBridge = { on(name: string, listener: (payload: unknown) => void): () => void };

/** Runs the preload bundle as Electron would in a sandbox, with electron faked. */
function loadPreload() {
  const exposed = new Map<string, unknown>();
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'pong' })),
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)),
    },
    ipcRenderer,
  };
  const required: string[] = [];
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  const run = runInThisContext(`(function (require, module, exports) {${preloadCode}\n})`) as (
    r: unknown,
    m: unknown,
    e: unknown,
  ) => void;
  run(fakeRequire, module, module.exports);
  return {
    exposed,
    ipcRenderer,
    required,
    api: exposed.get('api') as Api,
    appEvents: exposed.get('appEvents') as AppEventsBridge,
  };
}

describe('the preload bundle', () => {
  it('is one CommonJS file that requires only electron', () => {
    const { required } = loadPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preloadCode).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
  });

  it('exposes exactly window.api and window.appEvents', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()].sort()).toEqual(['api', 'appEvents']);
  });

  it('builds window.api from the contract: one function per method, each one invoke on API_CHANNEL', async () => {
    const { api, ipcRenderer } = loadPreload();
    for (const method of METHODS) {
      const [namespace, verb] = method.split('.') as [string, string];
      expect(typeof api[namespace]?.[verb], method).toBe('function');
    }
    const exposedCount = Object.values(api).reduce(
      (count, group) => count + Object.keys(group).length,
      0,
    );
    expect(exposedCount).toBe(METHODS.length);
    expect(await api.clients!.list!({})).toEqual({ ok: true, value: 'pong' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(API_CHANNEL, 'clients.list', {});
    await api.clients!.get!({ id: 'x' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(API_CHANNEL, 'clients.get', { id: 'x' });
  });

  it('turns transport failures and non-Result answers into an internal Result', async () => {
    const { api, ipcRenderer } = loadPreload();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('main process gone'));
    expect(await api.clients!.list!({})).toMatchObject({ ok: false, error: { code: 'internal' } });
    ipcRenderer.invoke.mockResolvedValueOnce({ some: 'thing' });
    expect(await api.clients!.list!({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('relays only the named event, only its payload, until unsubscribed', () => {
    const { appEvents, ipcRenderer } = loadPreload();
    const listener = vi.fn();
    const unsubscribe = appEvents.on('vault.locked', listener);
    ipcRenderer.emit(EVENT_CHANNEL, { sender: 'ipc event' }, 'menu.command', {
      command: 'new-client',
    });
    ipcRenderer.emit(EVENT_CHANNEL, { sender: 'ipc event' }, 'vault.locked', { reason: 'idle' });
    expect(listener.mock.calls).toEqual([[{ reason: 'idle' }]]);
    unsubscribe();
    unsubscribe();
    ipcRenderer.emit(EVENT_CHANNEL, {}, 'vault.locked', { reason: 'user' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('accepts every app event name and refuses any other', () => {
    const { appEvents } = loadPreload();
    for (const name of APP_EVENT_NAMES) appEvents.on(name, () => undefined)();
    expect(() => appEvents.on('closing-session:api', () => undefined)).toThrow(/Unknown app event/);
    expect(() => appEvents.on('__proto__', () => undefined)).toThrow(/Unknown app event/);
    expect(() => appEvents.on('vault.locked', 'not a function' as never)).toThrow();
  });
});

describe('the main bundle', () => {
  it('requires only electron, Node built-ins and the deliberate externals', () => {
    // A `require("…")` right after a quote or backtick is text inside a string (ajv, bundled with
    // conf for the settings, keeps such snippets for its standalone code generation), not a call.
    const required = new Set(
      [...mainCode.matchAll(/(?<!['"`])\brequire\("([^"]+)"\)/g)].map((match) => match[1]!),
    );
    // abstract-socket: dbus-native's optional addon, behind a try/catch and never reached (dbus-bus.ts opens the socket).
    const allowed = new Set([
      'electron',
      'pdfkit',
      'abstract-socket',
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ]);
    expect([...required].filter((name) => !allowed.has(name))).toEqual([]);
    expect(required.has('electron')).toBe(true);
  });

  it('is CommonJS that starts the app', () => {
    expect(mainCode).not.toMatch(/^\s*import\s|^\s*export\s/m);
    expect(mainCode).toContain('registerSchemesAsPrivileged');
  });
});
