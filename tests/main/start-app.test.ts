// The main process wired end to end with `electron` mocked: scheme, protocol, window, session,
// IPC, menu, single instance and auto-lock, as startApp() sets them up.
import { mainWebPreferences } from '../../electron/main/window-options';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../core/contract';
import { EVENT_CHANNEL } from '../../core/events';
import { cspWeaknesses } from '../../core/security/csp';
import {
  electronModule,
  fakeState,
  FakeBrowserWindow,
  resetFakeElectron,
  type FakeWebContents,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { startApp } = await import('../../electron/main/start-app');
const { app, ipcMain, protocol, session, Menu, powerMonitor } = electronModule;

let base: string;
let runtime: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  resetFakeElectron();
  base = await mkdtemp(join(tmpdir(), 'cs-main-'));
  fakeState.appPath = join(base, 'app');
  fakeState.userData = join(base, 'user-data');
  await mkdir(join(fakeState.appPath, 'dist', 'renderer'), { recursive: true });
  await writeFile(
    join(fakeState.appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Closing Session</title>',
  );
  await writeFile(join(base, 'outside.txt'), 'outside');
});

afterEach(async () => {
  runtime?.autoLock.dispose();
  runtime = undefined;
  await rm(base, { recursive: true, force: true });
});

const start = async () => {
  runtime = await startApp({ flushMs: 0 });
  return runtime;
};
const mainWindow = () => {
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window was opened');
  return window;
};
const eventFrom = (contents: FakeWebContents, frame = contents.mainFrame) => ({
  sender: contents,
  senderFrame: frame,
});
const sent = (contents: FakeWebContents) =>
  contents.send.mock.calls.map(([channel, name]) => `${String(channel)}:${String(name)}`);
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('startApp', () => {
  it('registers app:// as privileged before ready, then serves dist/renderer with the CSP', async () => {
    await start();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fakeState.schemesRegisteredWhileReady).toBe(false);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handlerFor('app');
    const page = await handler!(new Request('app://renderer/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Closing Session</title>');
    expect(cspWeaknesses(page.headers.get('content-security-policy') ?? '')).toEqual([]);
    expect((await handler!(new Request('app://renderer/..%2f..%2foutside.txt'))).status).toBe(404);
  });

  it('opens one window with the secure preferences and the bundled preload, on app:// and never file://', async () => {
    await start();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = mainWindow();
    // Exactly what the secure builder makes (its every field is asserted in window-and-guards.test.ts).
    expect((window.options as { webPreferences: unknown }).webPreferences).toEqual(
      mainWebPreferences({
        preloadPath: join(fakeState.appPath, 'dist', 'preload', 'preload.cjs'),
        devTools: true,
        platform: process.platform,
      }),
    );
    expect(
      (window.options as { webPreferences: { sandbox?: boolean; contextIsolation?: boolean } })
        .webPreferences,
    ).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.loadURL.mock.calls).toEqual([['app://renderer/index.html']]);
    expect(JSON.stringify(window.loadURL.mock.calls)).not.toContain('file:');
  });

  it('guards the window contents: navigation, new windows and <webview> are refused', async () => {
    await start();
    const contents = mainWindow().webContents;
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, {}, {});
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (
      details: unknown,
    ) => unknown;
    expect(openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
  });

  it('denies every permission in the default session', async () => {
    await start();
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check({}, 'notifications', 'app://renderer', {})).toBe(false);
  });

  it('answers API calls from the window top frame on app:// and refuses everyone else', async () => {
    await start();
    expect(ipcMain.handle).toHaveBeenCalledWith(API_CHANNEL, expect.any(Function));
    const contents = mainWindow().webContents;
    const status = await ipcMain.invoke(API_CHANNEL, eventFrom(contents), 'vault.status', {});
    expect(status).toMatchObject({ ok: true });
    const sub = {
      url: 'app://renderer/index.html',
      parent: contents.mainFrame,
      frameTreeNodeId: 999,
    };
    expect(
      await ipcMain.invoke(API_CHANNEL, eventFrom(contents, sub), 'vault.status', {}),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    contents.mainFrame.url = 'https://evil.example/';
    expect(
      await ipcMain.invoke(API_CHANNEL, eventFrom(contents), 'vault.status', {}),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the delay after failed unlocks in userData, outside the data folder that holds the vault', async () => {
    await start();
    const contents = mainWindow().webContents;
    const call = (method: string, input: unknown) =>
      ipcMain.invoke(API_CHANNEL, eventFrom(contents), method, input);
    expect(
      await call('vault.create', { passphrase: 'lantern orchard velvet compass 42' }),
    ).toMatchObject({ ok: true });
    await call('vault.lock', { reason: 'user' });
    expect(await call('vault.unlock', { passphrase: 'not the passphrase at all' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      JSON.parse(await readFile(join(fakeState.userData, 'unlock-delay.json'), 'utf8')),
    ).toMatchObject({ failures: 1 });
    await expect(
      readFile(join(fakeState.userData, 'data', 'unlock-delay.json')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sets the application menu, whose commands reach the renderer', async () => {
    await start();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      label?: string;
      submenu?: { id?: string; click?: () => void }[];
    }[];
    const labels = template.map((item) => (item.label ?? '').replace('&', ''));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
    const newClient = template
      .flatMap((item) => item.submenu ?? [])
      .find((item) => item.id === 'new-client');
    newClient?.click?.();
    expect(mainWindow().webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'menu.command', {
      command: 'new-client',
    });
  });

  it('locks on suspend: flush first, then vault.lock, then vault.locked to the window', async () => {
    await start();
    const contents = mainWindow().webContents;
    powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(sent(contents)).toContain(`${EVENT_CHANNEL}:vault.locked`));
    expect(sent(contents)).toEqual([`${EVENT_CHANNEL}:app.flush`, `${EVENT_CHANNEL}:vault.locked`]);
    expect(contents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, 'vault.locked', {
      reason: 'suspend',
    });
  });

  it('locks on screen lock and on "Lock now"', async () => {
    const running = await start();
    const contents = mainWindow().webContents;
    powerMonitor.emit('lock-screen');
    await vi.waitFor(() =>
      expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'vault.locked', {
        reason: 'screen-lock',
      }),
    );
    await running!.lock('user');
    expect(contents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, 'vault.locked', {
      reason: 'user',
    });
  });

  it('locks after the idle limit', async () => {
    const running = await start();
    fakeState.idleSeconds = 10 * 60;
    running!.autoLock.check();
    await vi.waitFor(() =>
      expect(mainWindow().webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'vault.locked', {
        reason: 'idle',
      }),
    );
  });

  it('asks the renderer to flush before the window closes', async () => {
    await start();
    const window = mainWindow();
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'app.flush', {});
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    window.emit('close', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('on quit: flushes, locks the vault, then quits without holding the window close', async () => {
    await start();
    const window = mainWindow();
    const quit = { preventDefault: vi.fn() };
    app.emit('before-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'app.flush', {});
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(sent(window.webContents)).not.toContain(`${EVENT_CHANNEL}:vault.locked`);
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });

  it('focuses the first window when a second copy starts', async () => {
    await start();
    const window = mainWindow();
    window.isMinimized.mockReturnValue(true);
    app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits without a window when another copy is running', async () => {
    fakeState.lockGranted = false;
    expect(await startApp()).toBeUndefined();
    await settle();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });
});
