// A stand-in for the 'electron' module, for `vi.mock('electron', ...)` in tests/main. Each fake
// records its calls; resetFakeElectron() clears calls and listeners between tests.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** Knobs the tests turn. */
export const fakeState = {
  lockGranted: true,
  ready: false,
  appPath: '/nonexistent-app',
  userData: '/nonexistent-user-data',
  idleSeconds: 0,
  schemesRegisteredWhileReady: undefined as boolean | undefined,
  dialogPath: '/nonexistent-user-data/chosen-file',
  locale: 'en-GB',
};

let nextId = 1;

/** A fake main frame / sub-frame. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  frameTreeNodeId: number;
}

/** A fake WebContents: an emitter with the methods main uses. */
export class FakeWebContents extends EventEmitter {
  id = nextId++;
  mainFrame: FakeFrame = {
    url: 'app://renderer/index.html',
    parent: null,
    frameTreeNodeId: this.id * 100,
  };
  send = vi.fn();
  setWindowOpenHandler = vi.fn();
  isDestroyed = vi.fn(() => false);
}

/** A fake BrowserWindow; every instance is kept in `FakeBrowserWindow.instances`. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  close = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
}

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  name: 'Closing Session',
  requestSingleInstanceLock: vi.fn(() => fakeState.lockGranted),
  quit: vi.fn(),
  exit: vi.fn(),
  enableSandbox: vi.fn(),
  setPath: vi.fn(),
  getPath: vi.fn((name: string) => (name === 'userData' ? fakeState.userData : '/tmp')),
  getAppPath: vi.fn(() => fakeState.appPath),
  getSystemLocale: vi.fn(() => fakeState.locale),
  getVersion: vi.fn(() => '0.1.0'),
  whenReady: vi.fn(async () => {
    fakeState.ready = true;
  }),
});

const invokeHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
const ipcMain = {
  handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    invokeHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => invokeHandlers.delete(channel)),
  /** electron-store registers a synchronous channel for renderer-side stores (unused here). */
  on: vi.fn(),
  /** Test helper: calls the handler registered for a channel as an invoke would. */
  invoke: (channel: string, event: unknown, ...args: unknown[]) => {
    const handler = invokeHandlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  },
};

const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
const protocol = {
  registerSchemesAsPrivileged: vi.fn(() => {
    fakeState.schemesRegisteredWhileReady = fakeState.ready;
  }),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
    protocolHandlers.set(scheme, handler);
  }),
  /** Test helper: the handler registered for a scheme. */
  handlerFor: (scheme: string) => protocolHandlers.get(scheme),
};

const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    on: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  },
};

const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: vi.fn(() => fakeState.idleSeconds),
});

const safeStorage = {
  isAsyncEncryptionAvailable: vi.fn(async () => true),
  encryptStringAsync: vi.fn(async (text: string) => Buffer.from(text)),
  decryptStringAsync: vi.fn(async (buffer: Buffer) => ({
    shouldReEncrypt: false,
    result: buffer.toString(),
  })),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
};

const dialog = {
  showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: fakeState.dialogPath })),
  showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [fakeState.dialogPath] })),
};

const named = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  protocol,
  session,
  Menu,
  powerMonitor,
  safeStorage,
  dialog,
};

/** The module `vi.mock('electron')` returns; also its default export, which electron-store imports. */
export const electronModule = { ...named, default: named };

/** Clears every recorded call, listener and window, and restores the default knobs. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  for (const emitter of [app, powerMonitor]) emitter.removeAllListeners();
  invokeHandlers.clear();
  protocolHandlers.clear();
  FakeBrowserWindow.instances = [];
  Object.assign(fakeState, {
    lockGranted: true,
    ready: false,
    idleSeconds: 0,
    schemesRegisteredWhileReady: undefined,
    locale: 'en-GB',
  });
}
