// "Remember on this computer" wired through startApp with `electron` (safeStorage) mocked: the
// services get a keychain backed by safeStorage, the sealed secret lives in userData/keychain
// (never in the vault folder), the next start opens without the passphrase, and Linux
// basic_text hides the option with the no-keyring reason.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../core/contract';
import { electronModule, fakeState, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { startApp } = await import('../../electron/main/start-app');
const { ipcMain, safeStorage } = electronModule;

const PASSPHRASE = 'lantern orchard velvet compass 42';
let base: string;
let runtime: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  resetFakeElectron();
  safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  base = await mkdtemp(join(tmpdir(), 'cs-remember-main-'));
  fakeState.appPath = join(base, 'app');
  fakeState.userData = join(base, 'user-data');
  await mkdir(join(fakeState.appPath, 'dist', 'renderer'), { recursive: true });
  await writeFile(
    join(fakeState.appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Closing Session</title>',
  );
});

afterEach(async () => {
  runtime?.autoLock.dispose();
  runtime = undefined;
  await rm(base, { recursive: true, force: true });
});

/** Starts (or restarts) the app and returns a caller that goes through the IPC channel. */
async function start() {
  runtime?.autoLock.dispose();
  resetFakeElectron();
  runtime = await startApp({ flushMs: 0 });
  const contents = FakeBrowserWindow.instances[0]!.webContents;
  const event = { sender: contents, senderFrame: contents.mainFrame };
  return (method: string, input: unknown = {}) =>
    ipcMain.invoke(API_CHANNEL, event, method, input) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: unknown;
    }>;
}

describe('remember on this computer, wired in main', () => {
  it('seals the device secret with safeStorage in userData and opens the vault at the next start', async () => {
    const call = await start();
    safeStorage.isAsyncEncryptionAvailable.mockResolvedValueOnce(false);
    expect(await call('vault.rememberStatus')).toEqual({
      ok: true,
      value: { available: false, reason: 'no-keychain', enabled: false },
    });
    expect(await call('vault.create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await call('vault.rememberStatus')).toEqual({
      ok: true,
      value: { available: true, enabled: false },
    });
    expect(await call('vault.setRemember', { enabled: true, passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { available: true, enabled: true },
    });
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledTimes(1);
    const sealedFile = join(fakeState.userData, 'keychain', 'remembered-secret.bin');
    const sealed = await readFile(sealedFile, 'utf8');
    const secret = Buffer.from(sealed, 'base64');
    expect(secret).toHaveLength(48);
    // The device wrap stays in this computer's data folder, never in the (shareable) vault header.
    const header = await readFile(join(fakeState.userData, 'data', 'vault', 'vault.json'), 'utf8');
    expect(header).not.toContain('"device"');
    const remembered = await readFile(
      join(fakeState.userData, 'data', 'remembered-key.json'),
      'utf8',
    );
    expect(remembered).toContain('"slot"');
    expect(header).not.toContain(sealed);
    expect(remembered).not.toContain(sealed);

    const again = await start();
    expect(await again('vault.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await again('vault.unlockWithDevice')).toEqual({ ok: true, value: { unlocked: true } });
    expect(safeStorage.decryptStringAsync).toHaveBeenCalled();
    expect(await again('vault.status')).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  });

  it('treats Linux basic_text as no keyring: the option is unavailable and nothing is sealed', async () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const call = await start();
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    await call('vault.create', { passphrase: PASSPHRASE });
    expect(await call('vault.rememberStatus')).toEqual({
      ok: true,
      value: { available: false, reason: 'no-keyring', enabled: false },
    });
    expect(
      await call('vault.setRemember', { enabled: true, passphrase: PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
    // Already open (just created): nothing to do. After a lock only the passphrase opens it.
    expect(await call('vault.unlockWithDevice')).toEqual({ ok: true, value: { unlocked: true } });
    await call('vault.lock', { reason: 'user' });
    expect(await call('vault.unlockWithDevice')).toEqual({
      ok: true,
      value: { unlocked: false, why: 'after-lock' },
    });
    const again = await start();
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(await again('vault.unlockWithDevice')).toEqual({
      ok: true,
      value: { unlocked: false, why: 'unavailable' },
    });
  });
});
