// The Linux screen-lock listener against a real D-Bus daemon: a private session bus, a second
// connection that owns org.freedesktop.ScreenSaver and emits ActiveChanged(true).
import { createClient } from '@homebridge/dbus-native';
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSignalBus, socketTarget } from '../../electron/main/dbus-bus';
import { listenForLinuxScreenLock } from '../../electron/main/linux-screen-lock';
// The library's own types declare only systemBus(); this brings in the parts used here.
import type {} from '../../electron/main/dbus-native';

function findDaemon(): string | undefined {
  try {
    return execFileSync('which', ['dbus-daemon'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const daemon = findDaemon();
if (!daemon)
  console.log(
    'Skipping the real D-Bus test: dbus-daemon is not installed (Debian package dbus-daemon).',
  );

describe.skipIf(!daemon)('Linux screen lock over a real session bus', () => {
  let address = '';
  let pid = 0;

  beforeAll(() => {
    const [printedAddress = '', printedPid = ''] = execFileSync(
      daemon ?? 'dbus-daemon',
      ['--session', '--fork', '--print-address=1', '--print-pid=1'],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n');
    address = printedAddress;
    pid = Number(printedPid);
  });

  afterAll(() => {
    if (pid > 0) process.kill(pid);
  });

  it('locks when a screensaver on the bus emits ActiveChanged(true), (the system bus is absent)', async () => {
    const target = socketTarget(address);
    if (!target || !('path' in target)) throw new Error(`unexpected address ${address}`);
    const socket = createConnection(target.path);
    const screensaver = createClient({ stream: socket });
    await new Promise<void>((resolve, reject) =>
      screensaver.invokeDbus(
        { member: 'RequestName', signature: 'su', body: ['org.freedesktop.ScreenSaver', 0] },
        (error) => (error ? reject(new Error(String(error))) : resolve()),
      ),
    );
    const emitter = new EventEmitter();
    screensaver.exportInterface(emitter, '/org/freedesktop/ScreenSaver', {
      name: 'org.freedesktop.ScreenSaver',
      methods: {},
      signals: { ActiveChanged: ['b', 'active'] },
    });

    const env = {
      DBUS_SESSION_BUS_ADDRESS: address,
      DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent/closing-session-test-bus',
    };
    let onLock = (): void => undefined;
    const locked = new Promise<string>((resolve) => {
      onLock = () => resolve('locked');
    });
    const listener = listenForLinuxScreenLock({
      openBus: (kind) => openSignalBus(kind, env),
      onLock: () => onLock(),
    });
    try {
      const status = await listener.ready;
      expect(status).toEqual({ state: 'listening', sources: ['org.freedesktop.ScreenSaver'] });
      emitter.emit('ActiveChanged', true);
      expect(await locked).toBe('locked');
    } finally {
      listener.dispose();
    }
    socket.destroy();
  });
});
