// startApp() with `electron` mocked: the settings live in userData through electron-store, work
// before any vault exists, and the auto-lock delay follows the setting at start and after a change.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../core/contract';
import { EVENT_CHANNEL } from '../../core/events';
import { defaultSettings } from '../../core/settings';
import { electronModule, fakeState, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { startApp } = await import('../../electron/main/start-app');
const { ipcMain } = electronModule;

let base: string;
let runtime: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  resetFakeElectron();
  base = await mkdtemp(join(tmpdir(), 'cs-main-wiring-'));
  fakeState.appPath = join(base, 'app');
  fakeState.userData = join(base, 'user-data');
  await mkdir(join(fakeState.appPath, 'dist', 'renderer'), { recursive: true });
});

afterEach(async () => {
  runtime?.autoLock.dispose();
  runtime = undefined;
  await rm(base, { recursive: true, force: true });
});

const call = (method: string, input: unknown) => {
  const contents = FakeBrowserWindow.instances[0]!.webContents;
  return ipcMain.invoke(
    API_CHANNEL,
    { sender: contents, senderFrame: contents.mainFrame },
    method,
    input,
  ) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};
const lockedEvents = () =>
  FakeBrowserWindow.instances[0]!.webContents.send.mock.calls.filter(
    ([channel, name]) => channel === EVENT_CHANNEL && name === 'vault.locked',
  );

describe('settings in the running app', () => {
  it('opens userData/settings.json with the system locale defaults; settings.get works with no vault', async () => {
    fakeState.locale = 'en-US';
    runtime = await startApp({ flushMs: 0 });
    const got = await call('settings.get', {});
    expect(got).toEqual({
      ok: true,
      value: { settings: defaultSettings('en-US'), notice: {}, systemLocale: 'en-US' },
    });
    expect(JSON.parse(await readFile(join(fakeState.userData, 'settings.json'), 'utf8'))).toEqual(
      defaultSettings('en-US'),
    );
  });

  it('starts auto-lock with the stored minutes', async () => {
    await mkdir(fakeState.userData, { recursive: true });
    await writeFile(
      join(fakeState.userData, 'settings.json'),
      JSON.stringify({ ...defaultSettings('en-GB'), autoLockMinutes: 3 }),
    );
    runtime = await startApp({ flushMs: 0 });
    fakeState.idleSeconds = 2 * 60;
    expect(runtime!.autoLock.check()).toBe(false);
    fakeState.idleSeconds = 3 * 60;
    expect(runtime!.autoLock.check()).toBe(true);
    await vi.waitFor(() => expect(lockedEvents()).toHaveLength(1));
  });

  it('applies a changed auto-lock delay at once; a refused change applies nothing', async () => {
    runtime = await startApp({ flushMs: 0 });
    fakeState.idleSeconds = 60;
    expect(runtime!.autoLock.check()).toBe(false);

    expect(await call('settings.update', { autoLockMinutes: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(runtime!.autoLock.check()).toBe(false);

    expect(await call('settings.update', { autoLockMinutes: 1 })).toMatchObject({
      ok: true,
      value: { autoLockMinutes: 1 },
    });
    expect(runtime!.autoLock.check()).toBe(true);
    await vi.waitFor(() => expect(lockedEvents()).toHaveLength(1));
  });

  it('a damaged settings file does not stop the app: it is set aside and the notice reaches the renderer', async () => {
    await mkdir(fakeState.userData, { recursive: true });
    await writeFile(join(fakeState.userData, 'settings.json'), 'not json at all');
    runtime = await startApp({ flushMs: 0 });
    const got = await call('settings.get', {});
    expect(got).toMatchObject({
      ok: true,
      value: {
        settings: defaultSettings('en-GB'),
        notice: {
          invalidReason: 'not-json',
          invalidFileSavedAs: expect.stringContaining('settings.invalid-'),
        },
      },
    });
  });
});
