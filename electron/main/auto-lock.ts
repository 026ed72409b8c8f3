import { lockPlatform, type IdleReading, type LockSources } from '../../core/lock-sources';
import type { LinuxScreenLock } from './linux-screen-lock';
import type { LockReason } from './vault-lock';

/** The part of Electron's powerMonitor auto-lock listens to. */
export interface PowerMonitorLike {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  removeListener(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input. */
  getSystemIdleTime(): number;
}

/** Timers, injectable so tests drive time themselves. */
export interface IntervalTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** What auto-lock needs. */
export interface AutoLockDeps {
  powerMonitor: PowerMonitorLike;
  lock: (reason: LockReason) => Promise<void> | void;
  /** Minutes of system idle time before locking; 0 or less turns idle locking off. Default 10. */
  idleMinutes?: number;
  /** How often idle time is sampled. Default 15 s. */
  pollMs?: number;
  timers?: IntervalTimers;
  /** The platform (process.platform); decides whether the Linux screen-lock listener starts. */
  platform?: NodeJS.Platform;
  /**
   * Linux only: starts listening for the desktop's screen-lock signal (powerMonitor has no
   * `lock-screen` event there); called with the function that locks.
   */
  listenLinuxScreenLock?: (onLock: () => void) => LinuxScreenLock;
}

/** The running auto-lock. */
export interface AutoLock {
  /** Changes the idle limit (from settings). */
  setIdleMinutes(minutes: number): void;
  /** Samples idle time once (what the timer does); returns whether this sample started a lock. */
  check(): boolean;
  /** What locks the vault here: the platform, whether idle time is real, the Linux screen-lock signal. */
  sources(): LockSources;
  /** Stops listening and polling. */
  dispose(): void;
}

/** The default idle limit, in minutes. */
export const DEFAULT_IDLE_MINUTES = 10;

/**
 * Under Wayland the system idle time can read 0 whatever the user does. After this long of
 * nothing but exact zeros, idle time is reported as unknown (one non-zero reading restores it).
 */
export const IDLE_UNKNOWN_AFTER_MS = 10 * 60_000;

/**
 * Locks the vault on system suspend, on screen lock, and once per idle stretch when the system
 * has been idle for at least the configured minutes (idle locking re-arms after new input). On
 * Linux, screen lock comes from the desktop's D-Bus signal (`listenLinuxScreenLock`).
 */
export function startAutoLock(deps: AutoLockDeps): AutoLock {
  const timers = deps.timers ?? {
    setInterval: (cb, ms) => setInterval(cb, ms),
    clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
  };
  let idleMinutes = deps.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  let lockedThisIdleStretch = false;
  const pollMs = deps.pollMs ?? 15_000;
  let zeroReadingsMs = 0;
  let idleReading: IdleReading = 'measured';

  const lock = (reason: LockReason) => {
    void Promise.resolve()
      .then(() => deps.lock(reason))
      .catch(() => undefined);
  };
  const onSuspend = () => lock('suspend');
  const onLockScreen = () => lock('screen-lock');

  function check(): boolean {
    if (!(idleMinutes > 0)) return false;
    let idleSeconds: number;
    try {
      idleSeconds = deps.powerMonitor.getSystemIdleTime();
    } catch {
      return false;
    }
    zeroReadingsMs = idleSeconds === 0 ? zeroReadingsMs + pollMs : 0;
    idleReading =
      zeroReadingsMs >= IDLE_UNKNOWN_AFTER_MS
        ? 'unknown'
        : idleSeconds === 0
          ? idleReading
          : 'measured';
    if (idleSeconds >= idleMinutes * 60) {
      if (!lockedThisIdleStretch) {
        lockedThisIdleStretch = true;
        lock('idle');
        return true;
      }
    } else {
      lockedThisIdleStretch = false;
    }
    return false;
  }

  deps.powerMonitor.on('suspend', onSuspend);
  deps.powerMonitor.on('lock-screen', onLockScreen);
  const handle = timers.setInterval(check, pollMs);
  const linux =
    deps.platform === 'linux' && deps.listenLinuxScreenLock
      ? deps.listenLinuxScreenLock(onLockScreen)
      : undefined;

  return {
    setIdleMinutes(minutes) {
      idleMinutes = Number.isFinite(minutes) ? minutes : DEFAULT_IDLE_MINUTES;
    },
    check,
    sources() {
      const platform = lockPlatform(deps.platform ?? process.platform);
      return {
        platform,
        idle: idleReading,
        ...(platform === 'linux'
          ? { screenLockSignal: linux?.status() ?? { state: 'not-found' } }
          : {}),
      };
    },
    dispose() {
      timers.clearInterval(handle);
      linux?.dispose();
      deps.powerMonitor.removeListener('suspend', onSuspend);
      deps.powerMonitor.removeListener('lock-screen', onLockScreen);
    },
  };
}
