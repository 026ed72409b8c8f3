import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { setTimeout as delay } from 'node:timers/promises';
import type { Handlers } from '../../core/contract';
import { createHandlers } from '../services/handlers';
import { defaultLockSources } from '../services/system-handlers';
import type { SettingsStore } from '../services/settings';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin';
import { buildMenuTemplate } from './app-menu';
import { appPaths } from './app-paths';
import { startAutoLock, type AutoLock } from './auto-lock';
import { openSignalBus } from './dbus-bus';
import { listenForLinuxScreenLock } from './linux-screen-lock';
import { registerApiChannel, sendAppEvent } from './ipc';
import { safeStorageKeychain } from './remembered-secret';
import { applyingSettings, openElectronSettings } from './settings-store-adapter';
import { openMainWindow } from './main-window';
import { electronDialogs } from './file-dialogs';
import { createRendererRequestHandler } from './renderer-protocol';
import { isTrustedSender } from './sender-check';
import { guardSession } from './session-guards';
import { claimSingleInstance } from './single-instance';
import {
  coalesceLocks,
  DEFAULT_FLUSH_MS,
  lockBeforeQuit,
  lockVault,
  type LockReason,
} from './vault-lock';
import { guardWebContents } from './web-contents-guards';

/** Options for starting the app. */
export interface StartOptions {
  /** Minutes of system idle time before the vault locks (default: the auto-lock setting). */
  idleMinutes?: number;
  /** How long the renderer gets to flush before a lock or close (default 400 ms). */
  flushMs?: number;
}

/** The running app, for the code that wires settings to it (and for tests). */
export interface AppRuntime {
  window: () => BrowserWindow | undefined;
  handlers: Handlers;
  autoLock: AutoLock;
  lock: (reason: LockReason) => Promise<void>;
}

/**
 * Opens the settings (electron-store, in the userData folder). If the folder cannot be used at
 * all, the app still starts: each settings call then reports the problem instead.
 */
function openSettingsOrNone(dir: string, locale: string): SettingsStore | undefined {
  try {
    return openElectronSettings(dir, locale);
  } catch {
    console.error('[main] The settings could not be opened.');
    return undefined;
  }
}

/** Lets a development or test run keep its data elsewhere; ignored in a packaged app. */
const USER_DATA_ENV = 'CLOSING_SESSION_USER_DATA';

const wait = (ms: number) => delay(ms).then(() => undefined);

/**
 * Starts the main process: registers the app:// scheme, claims the single-instance lock, and
 * once ready hardens the session, serves the renderer, wires the IPC channel, the menu and
 * auto-lock, and opens the window. Resolves to the running app, or undefined when another copy
 * is already running (this one then quits).
 */
export async function startApp(options: StartOptions = {}): Promise<AppRuntime | undefined> {
  const devTools = !app.isPackaged;
  const flushMs = options.flushMs ?? DEFAULT_FLUSH_MS;
  const userDataOverride = process.env[USER_DATA_ENV];
  if (devTools && userDataOverride) app.setPath('userData', userDataOverride);

  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();

  let mainWindow: BrowserWindow | undefined;
  if (!claimSingleInstance(app, () => mainWindow)) return undefined;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  const paths = appPaths(app.getAppPath(), app.getPath('userData'));
  guardSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createRendererRequestHandler(paths.rendererDir));

  const locale = app.getSystemLocale();
  const settings = openSettingsOrNone(app.getPath('userData'), locale);
  // Auto-lock starts below (it needs the handlers to lock); until then a change has nothing to reach.
  const applyIdle = { to: (_minutes: number): void => undefined };
  const running: { autoLock?: AutoLock } = {};
  const handlers = applyingSettings(
    createHandlers({
      dataDir: paths.dataDir,
      resourcesDir: paths.resourcesDir,
      locale,
      ...(settings ? { settings } : {}),
      dialogs: electronDialogs(dialog, () => mainWindow),
      keychain: safeStorageKeychain(safeStorage, process.platform, paths.rememberedSecretPath),
      unlockDelayFile: paths.unlockDelayPath,
      onReadOnlyChange: (reason) =>
        sendAppEvent(mainWindow?.webContents, 'vault.readOnly', { reason }),
      onVaultChanged: (event) =>
        sendAppEvent(mainWindow?.webContents, 'vault.changedElsewhere', event),
      lockSources: () => running.autoLock?.sources() ?? defaultLockSources(process.platform),
    }),
    (next) => applyIdle.to(next.autoLockMinutes),
  );
  registerApiChannel(ipcMain, {
    handlers,
    isTrusted: (event) => isTrustedSender(event, mainWindow?.webContents),
  });

  const contents = () => mainWindow?.webContents;
  const lock = coalesceLocks((reason) =>
    lockVault(
      { handlers, flushMs, wait, send: (name, payload) => sendAppEvent(contents(), name, payload) },
      reason,
    ),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.name,
        devTools,
        onCommand: (command) => sendAppEvent(contents(), 'menu.command', { command }),
        onLockNow: () => void lock('user'),
      }),
    ),
  );

  const autoLock = startAutoLock({
    powerMonitor,
    lock,
    idleMinutes: options.idleMinutes ?? settings?.get().autoLockMinutes,
    platform: process.platform,
    // Linux only: powerMonitor has no lock-screen event there; the desktop's D-Bus signal stands in.
    listenLinuxScreenLock: (onLock) =>
      listenForLinuxScreenLock({
        openBus: (kind) => openSignalBus(kind),
        onLock,
        sessionId: process.env.XDG_SESSION_ID,
      }),
  });
  running.autoLock = autoLock;
  applyIdle.to = (minutes) => autoLock.setIdleMinutes(minutes);

  const quitting = lockBeforeQuit(app, lock);
  const open = () => {
    mainWindow = openMainWindow({
      preloadPath: paths.preloadPath,
      devTools,
      platform: process.platform,
      flushMs,
      wait,
      quitting,
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  };
  open();
  app.on('activate', () => {
    if (!mainWindow) open();
  });
  app.on('will-quit', () => autoLock.dispose());

  return { window: () => mainWindow, handlers, autoLock, lock };
}
