import type { BrowserWindow, Dialog } from 'electron';
import type { Dialogs } from '../services/dialogs';

/** Electron's file dialogs behind the services' `Dialogs` interface, parented to the main window. */
export function electronDialogs(dialog: Dialog, window: () => BrowserWindow | undefined): Dialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = window();
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: defaultName,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const parent = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const parent = window();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
