import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  guardSession,
  isOutsideRequest,
  type GuardedSession,
} from '../../electron/main/session-guards';
import { guardWebContents, type GuardedContents } from '../../electron/main/web-contents-guards';
import { mainWebPreferences, mainWindowOptions } from '../../electron/main/window-options';

const PRELOAD = '/app/dist/preload/preload.cjs';

describe('main window web preferences', () => {
  it('are exactly the secure set (production, Linux)', () => {
    expect(
      mainWebPreferences({ preloadPath: PRELOAD, devTools: false, platform: 'linux' }),
    ).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
    });
  });

  it('allow dev tools only in development and spell checking only with the OS checker (macOS)', () => {
    expect(
      mainWebPreferences({ preloadPath: PRELOAD, devTools: true, platform: 'linux' }).devTools,
    ).toBe(true);
    expect(
      mainWebPreferences({ preloadPath: PRELOAD, devTools: false, platform: 'darwin' }).spellcheck,
    ).toBe(true);
    expect(
      mainWebPreferences({ preloadPath: PRELOAD, devTools: false, platform: 'win32' }).spellcheck,
    ).toBe(false);
  });

  it('open hidden (shown when painted) with those preferences', () => {
    const options = mainWindowOptions({ preloadPath: PRELOAD, devTools: false, platform: 'win32' });
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(
      mainWebPreferences({ preloadPath: PRELOAD, devTools: false, platform: 'win32' }),
    );
  });
});

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  return contents;
}

describe('web contents guards', () => {
  it('prevent navigation, frame navigation, redirects and <webview> attachment', () => {
    const contents = fakeContents();
    guardWebContents(contents as unknown as GuardedContents);
    for (const name of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, {}, {});
      expect(event.preventDefault, name).toHaveBeenCalledTimes(1);
    }
  });

  it('deny every new window', () => {
    const contents = fakeContents();
    guardWebContents(contents as unknown as GuardedContents);
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (
      details: unknown,
    ) => unknown;
    expect(handler({ url: 'https://example.org/', disposition: 'new-window' })).toEqual({
      action: 'deny',
    });
    expect(handler({ url: 'app://renderer/index.html', disposition: 'foreground-tab' })).toEqual({
      action: 'deny',
    });
  });

  it('guard a contents only once', () => {
    const contents = fakeContents();
    guardWebContents(contents as unknown as GuardedContents);
    guardWebContents(contents as unknown as GuardedContents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('session guards', () => {
  function guarded() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      on: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    guardSession(session as unknown as GuardedSession);
    return session;
  }

  it('refuse every permission request and answer no to every check', () => {
    const session = guarded();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'usb']) {
      expect(check({}, permission, 'app://renderer', {})).toBe(false);
    }
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://renderer' })).toBe(false);
  });

  it('cancel downloads', () => {
    const session = guarded();
    const [name, listener] = session.on.mock.calls[0] as [
      string,
      (event: { preventDefault(): void }) => void,
    ];
    expect(name).toBe('will-download');
    const event = { preventDefault: vi.fn() };
    listener(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('cancel requests to the network and to file://, not to the app', () => {
    const session = guarded();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      cb: (r: unknown) => void,
    ) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://fonts.example.com/a.woff2')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('wss://example.org/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://renderer/assets/app.js')).toEqual({ cancel: false });
    expect(decide('blob:app://renderer/1234')).toEqual({ cancel: false });
    expect(isOutsideRequest('::not a url')).toBe(true);
  });
});
