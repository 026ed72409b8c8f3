import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ACCELERATORS, buildMenuTemplate, MENU_COMMANDS } from '../../electron/main/app-menu';
import { claimSingleInstance } from '../../electron/main/single-instance';

function build(platform: NodeJS.Platform, devTools = false) {
  const onCommand = vi.fn();
  const onLockNow = vi.fn();
  const template = buildMenuTemplate({
    platform,
    appName: 'Closing Session',
    devTools,
    onCommand,
    onLockNow,
  });
  return { template, onCommand, onLockNow };
}

const plain = (label: string | undefined) => (label ?? '').replace('&', '');
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (template: MenuItemConstructorOptions[], top: string, id: string) =>
  submenu(template.find((item) => plain(item.label) === top)).find((item) => item.id === id);
const roles = (template: MenuItemConstructorOptions[], top: string) =>
  submenu(template.find((item) => plain(item.label) === top))
    .map((item) => item.role)
    .filter(Boolean);

describe('application menu', () => {
  it.each(['win32', 'linux'] as const)(
    'has File, Edit, View, Window, Help on %s, with Alt mnemonics',
    (platform) => {
      const { template } = build(platform);
      expect(template.map((item) => item.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Window',
        '&Help',
      ]);
      expect(roles(template, 'File')).toContain('quit');
      expect(submenu(template[0]).find((item) => item.role === 'quit')?.accelerator).toBe(
        'CmdOrCtrl+Q',
      );
    },
  );

  it('adds the app menu first on macOS and closes windows from File', () => {
    const { template } = build('darwin');
    expect(template.map((item) => item.label)).toEqual([
      'Closing Session',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(submenu(template[0]).map((item) => item.role)).toEqual(
      expect.arrayContaining(['hide', 'hideOthers', 'quit']),
    );
    expect(roles(template, 'File')).toEqual(['close']);
    expect(roles(template, 'Window')).toEqual(['minimize', 'zoom', 'front']);
    expect(roles(template, 'Edit')).toContain('pasteAndMatchStyle');
  });

  it.each([
    ['darwin', 'Closing Session'],
    ['win32', 'Help'],
    ['linux', 'Help'],
  ] as const)(
    "opens the app's own About screen on %s (from the %s menu), not the system panel",
    (platform, top) => {
      const { template, onCommand } = build(platform);
      const about = find(template, top, 'about');
      expect(about?.label).toBe('About Closing Session');
      expect(about?.role).toBeUndefined();
      expect(
        template.flatMap((item) => submenu(item)).filter((item) => item.role === 'about'),
      ).toEqual([]);
      (about?.click as unknown as () => void)();
      expect(onCommand.mock.calls).toEqual([[MENU_COMMANDS.about]]);
      expect(MENU_COMMANDS.about).toBe('show-about');
    },
  );

  it.each(['darwin', 'win32', 'linux'] as const)(
    'has the editing roles and window roles on %s',
    (platform) => {
      const { template } = build(platform);
      expect(roles(template, 'Edit')).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
      );
      expect(roles(template, 'Window')).toContain('minimize');
      expect(roles(template, 'View')).toEqual(
        expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
      );
    },
  );

  it('binds New client, Lock now and Client view to platform accelerators and sends their commands', () => {
    const { template, onCommand, onLockNow } = build('linux');
    const newClient = find(template, 'File', 'new-client');
    const lockNow = find(template, 'File', 'lock-now');
    const clientView = find(template, 'View', 'client-view');
    expect([newClient?.accelerator, lockNow?.accelerator, clientView?.accelerator]).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+L',
      'CmdOrCtrl+Shift+C',
    ]);
    expect(ACCELERATORS.newClient.startsWith('CmdOrCtrl+')).toBe(true);
    const click = (item: MenuItemConstructorOptions | undefined) =>
      (item?.click as unknown as () => void)();
    click(newClient);
    click(clientView);
    expect(onCommand.mock.calls).toEqual([[MENU_COMMANDS.newClient], [MENU_COMMANDS.clientView]]);
    expect(onLockNow).not.toHaveBeenCalled();
    click(lockNow);
    expect(onLockNow).toHaveBeenCalledTimes(1);
    expect(onCommand).toHaveBeenCalledTimes(2);
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'binds Finalize and Export on %s to accelerators no other item uses, and sends their commands',
    (platform) => {
      const { template, onCommand } = build(platform);
      const finalize = find(template, 'File', 'finalize');
      const exportPdf = find(template, 'File', 'export');
      expect([finalize?.label, finalize?.accelerator]).toEqual([
        'Finalize Session…',
        'CmdOrCtrl+Shift+F',
      ]);
      expect([exportPdf?.label, exportPdf?.accelerator]).toEqual([
        'Export PDF…',
        'CmdOrCtrl+Shift+E',
      ]);
      const all = template
        .flatMap((item) => submenu(item))
        .flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
      expect(new Set(all).size).toBe(all.length);
      (finalize?.click as unknown as () => void)();
      (exportPdf?.click as unknown as () => void)();
      expect(onCommand.mock.calls).toEqual([[MENU_COMMANDS.finalize], [MENU_COMMANDS.export]]);
      expect([MENU_COMMANDS.finalize, MENU_COMMANDS.export]).toEqual(['finalize', 'export']);
    },
  );

  it('offers reload and developer tools only in development', () => {
    expect(roles(build('linux', false).template, 'View')).not.toEqual(
      expect.arrayContaining(['toggleDevTools']),
    );
    expect(roles(build('linux', false).template, 'View')).not.toContain('reload');
    expect(roles(build('linux', true).template, 'View')).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('has no two items with the same accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = build(platform, true)
        .template.flatMap((top) => submenu(top))
        .map((item) => item.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});

describe('single-instance lock', () => {
  function fakeApp(granted: boolean) {
    return Object.assign(new EventEmitter(), {
      requestSingleInstanceLock: vi.fn(() => granted),
      quit: vi.fn(),
    });
  }
  function fakeWindow(minimized: boolean) {
    return {
      isMinimized: vi.fn(() => minimized),
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      isDestroyed: vi.fn(() => false),
    };
  }

  it('quits when another copy holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the first window back when a second copy starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['electron', '.'], '/');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a second launch before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app, () => undefined);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
