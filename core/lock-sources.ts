/**
 * What locks the vault on this computer: Settings → Security states it exactly, per platform,
 * instead of promising a screen-lock or idle lock the system cannot report.
 */

/** The desktop's screen-lock signal on Linux (D-Bus), as far as the app found it. */
export type ScreenLockSignal =
  /** The buses are still being asked. */
  | { state: 'starting' }
  /** Listening; `sources` are the services found (e.g. org.gnome.ScreenSaver, org.freedesktop.login1). */
  | { state: 'listening'; sources: string[] }
  /** No screensaver or logind service was found (or no bus could be reached: `reason`). */
  | { state: 'not-found'; reason?: string };

/** How the system's idle time reads: real seconds, or a constant 0 (Wayland) that says nothing. */
export type IdleReading = 'measured' | 'unknown';

/** The platforms the app names; anything else is 'other'. */
export type LockPlatform = 'darwin' | 'win32' | 'linux' | 'other';

/** What can lock the vault by itself here, besides "Lock now". */
export interface LockSources {
  platform: LockPlatform;
  /** Whether the system reports idle time (false once it has read a constant 0 for a long while). */
  idle: IdleReading;
  /** Linux only: the desktop's screen-lock signal. macOS and Windows report screen lock themselves. */
  screenLockSignal?: ScreenLockSignal;
}

/** Maps Node's platform name to the ones the app tells apart. */
export function lockPlatform(platform: string): LockPlatform {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}
