import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../core/contract';
import { IDLE_UNKNOWN_AFTER_MS, startAutoLock } from '../../electron/main/auto-lock';
import type { LinuxScreenLock } from '../../electron/main/linux-screen-lock';
import { coalesceLocks, lockBeforeQuit, lockVault } from '../../electron/main/vault-lock';

function setup(idleMinutes?: number) {
  const powerMonitor = Object.assign(new EventEmitter(), {
    idle: 0,
    getSystemIdleTime: () => powerMonitor.idle,
  });
  const timers = { setInterval: vi.fn(() => 'handle'), clearInterval: vi.fn() };
  const lock = vi.fn(async () => undefined);
  const autoLock = startAutoLock({
    powerMonitor,
    lock,
    timers,
    ...(idleMinutes === undefined ? {} : { idleMinutes }),
  });
  const settle = () => new Promise((done) => setImmediate(done));
  return { powerMonitor, timers, lock, autoLock, settle };
}

describe('auto-lock', () => {
  it('locks on system suspend and on screen lock', async () => {
    const { powerMonitor, lock, settle } = setup();
    powerMonitor.emit('suspend');
    await settle();
    expect(lock).toHaveBeenLastCalledWith('suspend');
    powerMonitor.emit('lock-screen');
    await settle();
    expect(lock).toHaveBeenLastCalledWith('screen-lock');
    expect(lock).toHaveBeenCalledTimes(2);
  });

  it('locks once after 10 idle minutes by default, and again only after new input', async () => {
    const { powerMonitor, timers, lock, autoLock, settle } = setup();
    expect(timers.setInterval).toHaveBeenCalledWith(autoLock.check, expect.any(Number));
    powerMonitor.idle = 599;
    expect(autoLock.check()).toBe(false);
    await settle();
    expect(lock).not.toHaveBeenCalled();
    powerMonitor.idle = 600;
    expect(autoLock.check()).toBe(true);
    powerMonitor.idle = 900;
    expect(autoLock.check()).toBe(false);
    await settle();
    expect(lock.mock.calls).toEqual([['idle']]);
    powerMonitor.idle = 3;
    autoLock.check();
    powerMonitor.idle = 601;
    autoLock.check();
    await settle();
    expect(lock.mock.calls).toEqual([['idle'], ['idle']]);
  });

  it('takes the idle limit as a parameter and from settings later; 0 turns idle locking off', async () => {
    const { powerMonitor, lock, autoLock, settle } = setup(2);
    powerMonitor.idle = 120;
    autoLock.check();
    await settle();
    expect(lock).toHaveBeenCalledTimes(1);
    autoLock.setIdleMinutes(0);
    powerMonitor.idle = 5;
    autoLock.check();
    powerMonitor.idle = 100_000;
    autoLock.check();
    await settle();
    expect(lock).toHaveBeenCalledTimes(1);
    autoLock.setIdleMinutes(30);
    powerMonitor.idle = 1_799;
    autoLock.check();
    await settle();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('stops listening when disposed', async () => {
    const { powerMonitor, timers, lock, autoLock, settle } = setup();
    autoLock.dispose();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    await settle();
    expect(lock).not.toHaveBeenCalled();
    expect(timers.clearInterval).toHaveBeenCalledWith('handle');
  });

  it('survives a failing lock', async () => {
    const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 });
    const lock = vi.fn(async () => {
      throw new Error('boom');
    });
    startAutoLock({
      powerMonitor,
      lock,
      timers: { setInterval: () => 0, clearInterval: () => undefined },
    });
    powerMonitor.emit('suspend');
    await new Promise((done) => setImmediate(done));
    expect(lock).toHaveBeenCalledTimes(1);
  });
});

describe('auto-lock per platform', () => {
  function onPlatform(platform: NodeJS.Platform) {
    const powerMonitor = Object.assign(new EventEmitter(), {
      idle: 0,
      getSystemIdleTime: () => powerMonitor.idle,
    });
    const timers = { setInterval: vi.fn(() => 'handle'), clearInterval: vi.fn() };
    const lock = vi.fn(async () => undefined);
    const listener: LinuxScreenLock & { fire: () => void } = {
      ready: Promise.resolve({ state: 'listening', sources: ['org.gnome.ScreenSaver'] }),
      status: () => ({ state: 'listening', sources: ['org.gnome.ScreenSaver'] }),
      dispose: vi.fn(),
      fire: () => undefined,
    };
    const listen = vi.fn((onLock: () => void) => Object.assign(listener, { fire: onLock }));
    const autoLock = startAutoLock({
      powerMonitor,
      lock,
      timers,
      platform,
      listenLinuxScreenLock: listen,
      pollMs: 60_000,
    });
    return { powerMonitor, lock, listen, listener, autoLock };
  }

  it('on Linux listens for the desktop screen-lock signal, locks on it and reports its sources', async () => {
    const { lock, listen, listener, autoLock } = onPlatform('linux');
    expect(listen).toHaveBeenCalledOnce();
    listener.fire();
    await new Promise((done) => setImmediate(done));
    expect(lock).toHaveBeenCalledWith('screen-lock');
    expect(autoLock.sources()).toEqual({
      platform: 'linux',
      idle: 'measured',
      screenLockSignal: { state: 'listening', sources: ['org.gnome.ScreenSaver'] },
    });
    autoLock.dispose();
    expect(listener.dispose).toHaveBeenCalled();
  });

  it.each(['darwin', 'win32'] as const)(
    'on %s relies on powerMonitor and starts no D-Bus listener',
    (platform) => {
      const { listen, autoLock } = onPlatform(platform);
      expect(listen).not.toHaveBeenCalled();
      expect(autoLock.sources()).toEqual({ platform, idle: 'measured' });
    },
  );

  it('reports idle time as unknown after a long run of exact zeros (Wayland), and as measured again after a real reading', () => {
    const { powerMonitor, autoLock } = onPlatform('linux');
    for (let elapsed = 0; elapsed < IDLE_UNKNOWN_AFTER_MS - 60_000; elapsed += 60_000)
      autoLock.check();
    expect(autoLock.sources().idle).toBe('measured');
    autoLock.check();
    expect(autoLock.sources().idle).toBe('unknown');
    powerMonitor.idle = 4;
    autoLock.check();
    expect(autoLock.sources().idle).toBe('measured');
  });
});

describe('locking the vault', () => {
  function deps(lockResult: unknown = { ok: true }) {
    const steps: string[] = [];
    const vaultLock = vi.fn(async (input: { reason: string }) => {
      steps.push(`vault.lock:${input.reason}`);
      if (lockResult instanceof Error) throw lockResult;
      return { state: 'locked' };
    });
    const handlers = { 'vault.lock': vaultLock } as unknown as Handlers;
    const send = vi.fn((name: string, payload: unknown) => {
      steps.push(`${name}:${JSON.stringify(payload)}`);
    });
    const wait = vi.fn(async (ms: number) => {
      steps.push(`wait:${ms}`);
    });
    return { steps, vaultLock, deps: { handlers, send, wait, flushMs: 250, log: vi.fn() } };
  }

  it('flushes, waits, drops the key through vault.lock, then tells the renderer', async () => {
    const { steps, deps: d } = deps();
    await lockVault(d, 'idle');
    expect(steps).toEqual([
      'app.flush:{}',
      'wait:250',
      'vault.lock:idle',
      'vault.locked:{"reason":"idle"}',
    ]);
  });

  it('still tells the renderer when the vault cannot lock', async () => {
    const { steps, deps: d } = deps(new Error('disk gone'));
    await expect(lockVault(d, 'suspend')).resolves.toBeUndefined();
    expect(steps.at(-1)).toBe('vault.locked:{"reason":"suspend"}');
    expect(d.log).toHaveBeenCalled();
  });

  it('sends no vault.locked event on quit, but records the quit lock', async () => {
    const { steps, deps: d } = deps();
    await lockVault(d, 'quit');
    expect(steps).toEqual(['app.flush:{}', 'wait:250', 'vault.lock:quit']);
  });

  it('runs overlapping locks once', async () => {
    let release: () => void = () => undefined;
    const inner = vi.fn(() => new Promise<void>((done) => (release = done)));
    const lock = coalesceLocks(inner);
    const first = lock('screen-lock');
    const second = lock('suspend');
    release();
    await Promise.all([first, second]);
    expect(inner).toHaveBeenCalledTimes(1);
    const third = lock('idle');
    expect(inner).toHaveBeenCalledTimes(2);
    release();
    await third;
  });

  it('holds the first quit until the vault is locked', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    let release: () => void = () => undefined;
    const lock = vi.fn(() => new Promise<void>((done) => (release = done)));
    const quitting = lockBeforeQuit(app, lock);
    expect(quitting()).toBe(false);
    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(lock).toHaveBeenCalledWith('quit');
    expect(quitting()).toBe(true);
    const again = { preventDefault: vi.fn() };
    app.emit('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(lock).toHaveBeenCalledTimes(1);
    release();
    await new Promise((done) => setImmediate(done));
    expect(app.quit).toHaveBeenCalledTimes(1);
    const last = { preventDefault: vi.fn() };
    app.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });
});
