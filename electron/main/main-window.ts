import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { sendAppEvent } from './ipc';
import { guardWebContents } from './web-contents-guards';
import { mainWindowOptions, type WindowOptionsInput } from './window-options';

/** What opening the main window needs. */
export interface MainWindowInput extends WindowOptionsInput {
  /** How long the renderer gets to save unsaved typing when the window closes. */
  flushMs: number;
  wait: (ms: number) => Promise<void>;
  /** True once the app is quitting: the quit has already flushed, so closing does not wait. */
  quitting?: () => boolean;
}

/**
 * Opens the one app window on `app://renderer/index.html`, guarded against navigation, new
 * windows and <webview>; shown once painted. Closing it first asks the renderer to flush.
 */
export function openMainWindow(input: MainWindowInput): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(input));
  guardWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());

  let flushedForClose = false;
  window.on('close', (event) => {
    if (flushedForClose || input.quitting?.()) return;
    flushedForClose = true;
    event.preventDefault();
    sendAppEvent(window.webContents, 'app.flush', {});
    void input.wait(input.flushMs).then(() => {
      if (!window.isDestroyed()) window.close();
    });
  });

  void window.loadURL(APP_ENTRY_URL).catch(() => {
    console.error('[main] the app window could not load its page');
  });
  return window;
}
