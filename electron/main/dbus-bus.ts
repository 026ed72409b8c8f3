/**
 * The D-Bus connection the Linux screen-lock listener uses, over @homebridge/dbus-native (pure
 * JavaScript, maintained). The bus address is resolved here, so the library never reaches for
 * its optional native addon: abstract sockets go through Node's own `net` ('\0' + name).
 */
import { createClient, type DBusMessage, type MessageBus } from '@homebridge/dbus-native';
import { createConnection, type Socket } from 'node:net';
import type { BusSignal, SignalBus } from './linux-screen-lock';

const SIGNAL_MESSAGE = 4;
const SYSTEM_BUS_DEFAULT = 'unix:path=/var/run/dbus/system_bus_socket';

/** The address of the session or system bus, from the environment (system: the standard socket). */
export function busAddress(
  kind: 'session' | 'system',
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return kind === 'session'
    ? env.DBUS_SESSION_BUS_ADDRESS
    : (env.DBUS_SYSTEM_BUS_ADDRESS ?? SYSTEM_BUS_DEFAULT);
}

/** Where a D-Bus address points: a socket path (abstract names prefixed with '\0') or a TCP port. */
export type SocketTarget = { path: string } | { host: string; port: number };

/** Reads the first usable `unix:` or `tcp:` entry of a D-Bus address; undefined when none. */
export function socketTarget(address: string): SocketTarget | undefined {
  for (const entry of address.split(';')) {
    const colon = entry.indexOf(':');
    if (colon < 0) continue;
    const family = entry.slice(0, colon);
    const params = new Map(
      entry
        .slice(colon + 1)
        .split(',')
        .map((pair) => pair.split('=') as [string, string | undefined])
        .map(([key, value]) => [key, decodeURIComponent(value ?? '')] as const),
    );
    if (family === 'unix' && params.get('path')) return { path: params.get('path') ?? '' };
    if (family === 'unix' && params.get('abstract'))
      return { path: `\0${params.get('abstract') ?? ''}` };
    if (family === 'tcp' && params.get('port'))
      return { host: params.get('host') || 'localhost', port: Number(params.get('port')) };
  }
  return undefined;
}

function callback<T>(resolve: (value: T) => void, reject: (error: Error) => void) {
  return (error: unknown, value?: unknown) => {
    if (error)
      reject(
        error instanceof Error
          ? error
          : new Error(
              typeof error === 'object' && error && 'message' in error
                ? String(error.message)
                : String(error),
            ),
      );
    else resolve(value as T);
  };
}

/** Wraps a dbus-native client as the listener's SignalBus. */
export function signalBusFrom(bus: MessageBus, socket: Socket): SignalBus {
  const failures = new Set<(error: Error) => void>();
  bus.connection.on('error', (error: Error) => {
    for (const fail of failures) fail(error);
  });
  const pending = <T>(start: (done: (error: unknown, value?: unknown) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => {
        failures.delete(fail);
        reject(error);
      };
      failures.add(fail);
      start(
        callback<T>((value) => {
          failures.delete(fail);
          resolve(value);
        }, fail),
      );
    });
  return {
    addMatch: (rule) => pending<void>((done) => bus.addMatch(rule, done)),
    nameHasOwner: (name) =>
      pending<boolean>((done) =>
        bus.invokeDbus({ member: 'NameHasOwner', signature: 's', body: [name] }, done),
      ),
    onSignal(handler) {
      bus.connection.on('message', (message: DBusMessage) => {
        if (message.type !== SIGNAL_MESSAGE) return;
        const signal: BusSignal = {
          path: message.path ?? '',
          interface: message.interface ?? '',
          member: message.member ?? '',
          body: message.body ?? [],
        };
        handler(signal);
      });
    },
    close() {
      socket.destroy();
    },
  };
}

/**
 * Connects to the session or system bus named by the environment. Rejects when there is no
 * address or the socket cannot be opened; the listener records that as its status.
 */
export async function openSignalBus(
  kind: 'session' | 'system',
  env: NodeJS.ProcessEnv = process.env,
): Promise<SignalBus> {
  const address = busAddress(kind, env);
  const target = address ? socketTarget(address) : undefined;
  if (!target)
    throw new Error(address ? `unsupported address ${address}` : 'no DBUS_SESSION_BUS_ADDRESS');
  const socket =
    'path' in target ? createConnection(target.path) : createConnection(target.port, target.host);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  return signalBusFrom(createClient({ stream: socket }), socket);
}
