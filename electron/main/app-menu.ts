import type { MenuItemConstructorOptions } from 'electron';

/** Menu commands the renderer carries out (sent as `menu.command` events). */
export const MENU_COMMANDS = {
  newClient: 'new-client',
  clientView: 'client-view',
  finalize: 'finalize',
  export: 'export',
  shortcuts: 'show-shortcuts',
  about: 'show-about',
} as const;

/** What the menu needs to know and do. */
export interface AppMenuInput {
  platform: NodeJS.Platform;
  appName: string;
  /** Development build: adds Reload and Toggle Developer Tools. */
  devTools: boolean;
  /** Forwards a command to the renderer. */
  onCommand: (command: string) => void;
  /** Locks the vault now (handled in the main process, not by the renderer). */
  onLockNow: () => void;
}

/** The accelerators of the app's own commands (CmdOrCtrl is Cmd on macOS, Ctrl elsewhere). */
export const ACCELERATORS = {
  newClient: 'CmdOrCtrl+N',
  lockNow: 'CmdOrCtrl+L',
  clientView: 'CmdOrCtrl+Shift+C',
  finalize: 'CmdOrCtrl+Shift+F',
  export: 'CmdOrCtrl+Shift+E',
  quit: 'CmdOrCtrl+Q',
} as const;

/**
 * The application menu: File, Edit, View, Window and Help (plus the app menu on macOS), with
 * platform accelerators and the app's commands: New client, Finalize session, Export PDF, Lock
 * now and Client view (Finalize and Export act on the session open in the runner).
 */
export function buildMenuTemplate(input: AppMenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Alt-key mnemonics (&File) exist on Windows and Linux only.
  const title = (name: string) => (mac ? name : `&${name}`);
  // The app's own About screen (version, privacy, third-party notices), not the system panel.
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: `About ${input.appName}`,
    click: () => input.onCommand(MENU_COMMANDS.about),
  };
  const appMenu: MenuItemConstructorOptions = {
    label: input.appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: title('File'),
    submenu: [
      {
        id: 'new-client',
        label: 'New Client',
        accelerator: ACCELERATORS.newClient,
        click: () => input.onCommand(MENU_COMMANDS.newClient),
      },
      separator,
      {
        id: 'finalize',
        label: 'Finalize Session…',
        accelerator: ACCELERATORS.finalize,
        click: () => input.onCommand(MENU_COMMANDS.finalize),
      },
      {
        id: 'export',
        label: 'Export PDF…',
        accelerator: ACCELERATORS.export,
        click: () => input.onCommand(MENU_COMMANDS.export),
      },
      separator,
      {
        id: 'lock-now',
        label: 'Lock Now',
        accelerator: ACCELERATORS.lockNow,
        click: () => input.onLockNow(),
      },
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit', accelerator: ACCELERATORS.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: title('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: title('View'),
    submenu: [
      {
        id: 'client-view',
        label: 'Client View',
        accelerator: ACCELERATORS.clientView,
        click: () => input.onCommand(MENU_COMMANDS.clientView),
      },
      separator,
      ...(input.devTools
        ? [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            separator,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: title('Window'),
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    label: title('Help'),
    role: 'help',
    submenu: [
      {
        id: 'show-shortcuts',
        label: 'Keyboard Shortcuts',
        click: () => input.onCommand(MENU_COMMANDS.shortcuts),
      },
      ...(mac ? [] : [separator, about]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
