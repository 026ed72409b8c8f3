import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** What the main window's options depend on. */
export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/preload/preload.cjs). */
  preloadPath: string;
  /** Whether developer tools may be opened (development only). */
  devTools: boolean;
  /** The operating system (process.platform). */
  platform: NodeJS.Platform;
}

/**
 * The main window's web preferences: isolated, sandboxed, no Node, web security on, no
 * <webview>, no middle-click navigation, no dev tools outside development. Spell checking only on macOS, where the OS
 * checker is used; on Windows and Linux Chromium would download dictionaries from the network.
 */
export function mainWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
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
    // Middle-click (auxclick) would otherwise open links outside the window-open handler's view.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: input.platform === 'darwin',
    devTools: input.devTools,
  };
}

/** The main window's constructor options. */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Closing Session',
    backgroundColor: '#f7f4ef',
    autoHideMenuBar: false,
    webPreferences: mainWebPreferences(input),
  };
}
