// The parts of @homebridge/dbus-native's MessageBus that dbus-bus.ts uses; its own index.d.ts
// declares only systemBus().
import type { Duplex } from 'node:stream';

declare module '@homebridge/dbus-native' {
  /** A message as the connection emits it. */
  interface DBusMessage {
    type: number;
    path?: string;
    interface?: string;
    member?: string;
    body?: unknown[];
  }

  interface MessageBus {
    connection: BusConnection;
    addMatch(rule: string, callback: (error: unknown) => void): void;
    invokeDbus(
      message: { member: string; signature?: string; body?: unknown[] },
      callback: (error: unknown, value: unknown) => void,
    ): void;
    /** Publishes `emitter` at `path`: emitting a declared signal on it sends that signal on the bus. */
    exportInterface(
      emitter: NodeJS.EventEmitter,
      path: string,
      iface: { name: string; methods: Record<string, unknown>; signals: Record<string, string[]> },
    ): void;
  }

  interface BusConnection {
    end(): void;
  }

  /** Opens a client over an existing stream (the bus address is resolved by the caller). */
  function createClient(options: { stream: Duplex }): MessageBus;
}
