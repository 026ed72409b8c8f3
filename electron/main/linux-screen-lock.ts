import type { ScreenLockSignal } from '../../core/lock-sources';

/** One D-Bus signal, as the listener reads it. */
export interface BusSignal {
  path: string;
  interface: string;
  member: string;
  body: readonly unknown[];
}

/** The part of a D-Bus connection the listener needs (injected: a real bus in the app, a fake in tests). */
export interface SignalBus {
  /** Asks the bus to route matching signals here; rejects when the bus refuses. */
  addMatch(rule: string): Promise<void>;
  /** Whether a well-known name currently has an owner on this bus. */
  nameHasOwner(name: string): Promise<boolean>;
  /** Calls `handler` for every signal this connection receives. */
  onSignal(handler: (signal: BusSignal) => void): void;
  /** Closes the connection. */
  close(): void;
}

/** The screensaver interfaces desktops publish on the session bus, each with an `ActiveChanged(b)` signal. */
export const SCREENSAVER_INTERFACES = Object.freeze([
  'org.freedesktop.ScreenSaver',
  'org.gnome.ScreenSaver',
  'org.mate.ScreenSaver',
  'org.cinnamon.ScreenSaver',
]);

/** systemd-logind on the system bus: each session object emits `Lock` when the session is to be locked. */
export const LOGIND_NAME = 'org.freedesktop.login1';
const LOGIND_SESSION_INTERFACE = 'org.freedesktop.login1.Session';

/** What the listener needs. */
export interface LinuxScreenLockDeps {
  /** Opens the session or system bus; may throw or reject (no bus, no address). */
  openBus: (kind: 'session' | 'system') => SignalBus | Promise<SignalBus>;
  /** Called when the desktop reports that the screen locked (or the screensaver started). */
  onLock: () => void;
  /** Called whenever the status changes (for Settings → Security). */
  onStatus?: (status: ScreenLockSignal) => void;
  /** This login session's id (XDG_SESSION_ID), so only its own logind `Lock` counts. */
  sessionId?: string;
}

/** The running listener. */
export interface LinuxScreenLock {
  /** Resolves once both buses were tried (connected or failed). */
  ready: Promise<ScreenLockSignal>;
  status(): ScreenLockSignal;
  dispose(): void;
}

/** logind's object path for a session id: bytes other than [A-Za-z0-9] become `_xx` (hex). */
export function logindSessionPath(sessionId: string): string {
  const escaped = [...Buffer.from(sessionId, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `_${byte.toString(16).padStart(2, '0')}`,
    )
    .join('');
  return `/org/freedesktop/login1/session/${escaped}`;
}

/** A match rule for one signal. */
function signalRule(iface: string, member: string, path?: string): string {
  return `type='signal',interface='${iface}',member='${member}'${path ? `,path='${path}'` : ''}`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface BusOutcome {
  sources: string[];
  error?: string;
}

/**
 * Listens for the desktop's screen lock on Linux, where Electron's powerMonitor has no
 * `lock-screen` event: `ActiveChanged(true)` from the freedesktop, GNOME, MATE and Cinnamon
 * screensavers on the session bus, and systemd-logind's `Lock` for this session on the system
 * bus. A bus that cannot be reached is recorded in the status, never thrown.
 */
export function listenForLinuxScreenLock(deps: LinuxScreenLockDeps): LinuxScreenLock {
  let current: ScreenLockSignal = { state: 'starting' };
  let disposed = false;
  const open: SignalBus[] = [];
  const setStatus = (next: ScreenLockSignal) => {
    current = next;
    deps.onStatus?.(next);
  };
  const logindPath = deps.sessionId ? logindSessionPath(deps.sessionId) : undefined;

  async function connect(kind: 'session' | 'system'): Promise<BusOutcome> {
    let bus: SignalBus;
    try {
      bus = await deps.openBus(kind);
    } catch (error) {
      return { sources: [], error: `${kind} bus: ${message(error)}` };
    }
    if (disposed) {
      bus.close();
      return { sources: [] };
    }
    open.push(bus);
    try {
      if (kind === 'session') {
        bus.onSignal((signal) => {
          if (
            signal.member === 'ActiveChanged' &&
            SCREENSAVER_INTERFACES.includes(signal.interface) &&
            signal.body[0] === true
          )
            deps.onLock();
        });
        await Promise.all(
          SCREENSAVER_INTERFACES.map((iface) => bus.addMatch(signalRule(iface, 'ActiveChanged'))),
        );
        const owned = await Promise.all(
          SCREENSAVER_INTERFACES.map((name) => bus.nameHasOwner(name).catch(() => false)),
        );
        return { sources: SCREENSAVER_INTERFACES.filter((_name, index) => owned[index]) };
      }
      bus.onSignal((signal) => {
        if (
          signal.member === 'Lock' &&
          signal.interface === LOGIND_SESSION_INTERFACE &&
          (!logindPath || signal.path === logindPath)
        )
          deps.onLock();
      });
      await bus.addMatch(signalRule(LOGIND_SESSION_INTERFACE, 'Lock', logindPath));
      return {
        sources: (await bus.nameHasOwner(LOGIND_NAME).catch(() => false)) ? [LOGIND_NAME] : [],
      };
    } catch (error) {
      return { sources: [], error: `${kind} bus: ${message(error)}` };
    }
  }

  const ready = Promise.all([connect('session'), connect('system')]).then((outcomes) => {
    const sources = outcomes.flatMap((outcome) => outcome.sources);
    const errors = outcomes.flatMap((outcome) => (outcome.error ? [outcome.error] : []));
    const next: ScreenLockSignal =
      sources.length > 0
        ? { state: 'listening', sources }
        : { state: 'not-found', ...(errors.length > 0 ? { reason: errors.join('; ') } : {}) };
    if (!disposed) setStatus(next);
    return current;
  });

  return {
    ready,
    status: () => current,
    dispose() {
      disposed = true;
      for (const bus of open.splice(0)) {
        try {
          bus.close();
        } catch {
          // Already closed: nothing left to release.
        }
      }
    },
  };
}
