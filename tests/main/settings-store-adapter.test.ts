// The electron-store adapter with `electron` mocked: the same schema, defaults, 0600 mode,
// migration and set-aside behaviour as the conf store the services' tests use.
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../core/settings';
import { electronModule, resetFakeElectron } from './fake-electron';
import { fileURLToPath } from 'node:url';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createElectronStoreBackend, openElectronSettings, applyingSettings } =
  await import('../../electron/main/settings-store-adapter');
const { settingsBackendOptions } = await import('../../electron/services/settings');
const ElectronStore = (await import('electron-store')).default;

const FIXTURE = fileURLToPath(
  new URL('../services/settings/fixtures/settings-0.1.0.json', import.meta.url),
);
const posix = process.platform !== 'win32';
let dir: string;

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'cs-main-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('electron-store settings backend', () => {
  it('is a real electron-store over <dir>/settings.json with the schema and locale defaults', () => {
    const backend = createElectronStoreBackend(
      settingsBackendOptions(dir, 'settings', defaultSettings('en-US')),
    );
    expect(backend).toBeInstanceOf(ElectronStore);
    // A subclass whose whole-store writes go through the app's one atomic writer.
    expect(Object.getPrototypeOf(Object.getPrototypeOf(backend)).constructor).toBe(ElectronStore);
    expect(backend.path).toBe(join(dir, 'settings.json'));
    expect(backend.store).toEqual(defaultSettings('en-US'));
    expect(() => {
      backend.store = { ...defaultSettings('en-US'), theme: 'purple' };
    }).toThrow();
    expect(electronModule.ipcMain.on).toHaveBeenCalledWith(
      'electron-store-get-data',
      expect.any(Function),
    );
  });

  it.runIf(posix)('writes the file readable by the user only (0600)', () => {
    const store = openElectronSettings(dir, 'en-GB');
    store.update({ theme: 'dark' });
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('keeps changes across a restart', () => {
    openElectronSettings(dir, 'en-GB').update({
      profile: { name: '王小明', practiceName: 'Harbour Counselling' },
      autoLockMinutes: 3,
    });
    const again = openElectronSettings(dir, 'en-GB');
    expect(again.get()).toMatchObject({
      autoLockMinutes: 3,
      profile: { name: '王小明', practiceName: 'Harbour Counselling' },
    });
    expect(again.notice()).toEqual({});
  });

  it('migrates a 0.1.0 file and says so', () => {
    copyFileSync(FIXTURE, join(dir, 'settings.json'));
    const store = openElectronSettings(dir, 'en-GB');
    expect(store.notice()).toEqual({ migratedFrom: 1 });
    expect(store.get()).toMatchObject({
      schemaVersion: 3,
      autoLockMinutes: 15,
      handout: { pageSize: 'Letter' },
      profile: { name: 'Дарья Соколова' },
    });
  });

  it('sets an unusable file aside, loads defaults and raises the notice — no crash, no silent wipe', () => {
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark",');
    const store = openElectronSettings(dir, 'en-GB', () => new Date('2026-11-26T09:30:05.123Z'));
    expect(store.get()).toEqual(defaultSettings('en-GB'));
    expect(store.notice()).toEqual({
      invalidFileSavedAs: join(dir, 'settings.invalid-2026-11-26T09-30-05-123Z.json'),
      invalidReason: 'not-json',
    });
    expect(readFileSync(join(dir, 'settings.invalid-2026-11-26T09-30-05-123Z.json'), 'utf8')).toBe(
      '{"theme": "dark",',
    );
    expect(readdirSync(dir).sort()).toEqual([
      'settings.invalid-2026-11-26T09-30-05-123Z.json',
      'settings.json',
    ]);
  });
});

describe('applyingSettings', () => {
  it('hands the stored settings to main after an update, and never fails the update if applying does', async () => {
    const store = openElectronSettings(dir, 'en-GB');
    const applied: number[] = [];
    const handlers = applyingSettings(
      { 'settings.update': async (patch: unknown) => store.update(patch) } as never,
      (s) => {
        applied.push(s.autoLockMinutes);
        throw new Error('cannot apply');
      },
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(handlers['settings.update']({ autoLockMinutes: 7 })).resolves.toMatchObject({
      autoLockMinutes: 7,
    });
    expect(applied).toEqual([7]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
