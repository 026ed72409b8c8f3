import { describe, expect, it, vi } from 'vitest';
import { busAddress, socketTarget } from '../../electron/main/dbus-bus';
import {
  listenForLinuxScreenLock,
  logindSessionPath,
  type BusSignal,
  type SignalBus,
} from '../../electron/main/linux-screen-lock';

/** A bus double: records match rules, owns the given names and delivers signals on demand. */
function fakeBus(owned: string[] = []) {
  const handlers: ((signal: BusSignal) => void)[] = [];
  const bus = {
    rules: [] as string[],
    closed: false,
    addMatch: async (rule: string) => void bus.rules.push(rule),
    nameHasOwner: async (name: string) => owned.includes(name),
    onSignal: (handler: (signal: BusSignal) => void) => void handlers.push(handler),
    close: () => void (bus.closed = true),
    emit: (signal: BusSignal) => handlers.forEach((handler) => handler(signal)),
  } satisfies SignalBus & Record<string, unknown>;
  return bus;
}

function setup(
  session: ReturnType<typeof fakeBus> | Error,
  system: ReturnType<typeof fakeBus> | Error,
  sessionId?: string,
) {
  const onLock = vi.fn();
  const onStatus = vi.fn();
  const listener = listenForLinuxScreenLock({
    openBus: (kind) => {
      const bus = kind === 'session' ? session : system;
      if (bus instanceof Error) throw bus;
      return bus;
    },
    onLock,
    onStatus,
    ...(sessionId ? { sessionId } : {}),
  });
  return { listener, onLock, onStatus };
}

const activeChanged = (iface: string, active: unknown): BusSignal => ({
  path: '/org/freedesktop/ScreenSaver',
  interface: iface,
  member: 'ActiveChanged',
  body: [active],
});

describe('Linux screen-lock listener', () => {
  it('locks on ActiveChanged(true) from each desktop screensaver, not on false or other signals', async () => {
    const session = fakeBus(['org.gnome.ScreenSaver']);
    const { listener, onLock } = setup(session, fakeBus(['org.freedesktop.login1']));
    expect(await listener.ready).toEqual({
      state: 'listening',
      sources: ['org.gnome.ScreenSaver', 'org.freedesktop.login1'],
    });
    expect(session.rules).toContain(
      "type='signal',interface='org.freedesktop.ScreenSaver',member='ActiveChanged'",
    );
    for (const iface of [
      'org.freedesktop.ScreenSaver',
      'org.gnome.ScreenSaver',
      'org.mate.ScreenSaver',
      'org.cinnamon.ScreenSaver',
    ]) {
      session.emit(activeChanged(iface, true));
    }
    expect(onLock).toHaveBeenCalledTimes(4);
    session.emit(activeChanged('org.gnome.ScreenSaver', false));
    session.emit(activeChanged('org.example.Other', true));
    session.emit({ ...activeChanged('org.gnome.ScreenSaver', true), member: 'WakeUpScreen' });
    expect(onLock).toHaveBeenCalledTimes(4);
  });

  it("locks on logind's Lock for this session only", async () => {
    const system = fakeBus(['org.freedesktop.login1']);
    const { listener, onLock } = setup(fakeBus(), system, 'c2');
    await listener.ready;
    expect(system.rules).toEqual([
      "type='signal',interface='org.freedesktop.login1.Session',member='Lock',path='/org/freedesktop/login1/session/c2'",
    ]);
    system.emit({
      path: '/org/freedesktop/login1/session/c7',
      interface: 'org.freedesktop.login1.Session',
      member: 'Lock',
      body: [],
    });
    expect(onLock).not.toHaveBeenCalled();
    system.emit({
      path: '/org/freedesktop/login1/session/c2',
      interface: 'org.freedesktop.login1.Session',
      member: 'Lock',
      body: [],
    });
    expect(onLock).toHaveBeenCalledOnce();
  });

  it('records buses it cannot reach instead of throwing, and says when no source was found', async () => {
    const { listener, onStatus } = setup(
      new Error('no DBUS_SESSION_BUS_ADDRESS'),
      new Error('connect ENOENT'),
    );
    expect(listener.status()).toEqual({ state: 'starting' });
    const status = await listener.ready;
    expect(status).toEqual({
      state: 'not-found',
      reason: 'session bus: no DBUS_SESSION_BUS_ADDRESS; system bus: connect ENOENT',
    });
    expect(onStatus).toHaveBeenLastCalledWith(status);
    const quiet = setup(fakeBus(), fakeBus());
    expect(await quiet.listener.ready).toEqual({ state: 'not-found' });
  });

  it('closes its connections when disposed', async () => {
    const session = fakeBus();
    const system = fakeBus();
    const { listener } = setup(session, system);
    await listener.ready;
    listener.dispose();
    expect([session.closed, system.closed]).toEqual([true, true]);
  });

  it('escapes session ids as logind does in object paths', () => {
    expect(logindSessionPath('c2')).toBe('/org/freedesktop/login1/session/c2');
    expect(logindSessionPath('1-2')).toBe('/org/freedesktop/login1/session/1_2d2');
  });
});

describe('D-Bus addresses', () => {
  it('reads unix paths, abstract sockets and tcp from the environment', () => {
    expect(
      busAddress('session', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' }),
    ).toBe('unix:path=/run/user/1000/bus');
    expect(busAddress('session', {})).toBeUndefined();
    expect(busAddress('system', {})).toBe('unix:path=/var/run/dbus/system_bus_socket');
    expect(socketTarget('unix:path=/run/user/1000/bus')).toEqual({ path: '/run/user/1000/bus' });
    expect(socketTarget('unix:abstract=/tmp/dbus-x,guid=1')).toEqual({ path: '\0/tmp/dbus-x' });
    expect(socketTarget('launchd:env=X;tcp:host=127.0.0.1,port=5555')).toEqual({
      host: '127.0.0.1',
      port: 5555,
    });
    expect(socketTarget('nonce-tcp:port=1')).toBeUndefined();
  });
});
