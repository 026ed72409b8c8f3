/** Failed attempts allowed before unlocking is delayed. */
export const FREE_ATTEMPTS = 5;

/** The first delay, after the fifth failure; each further failure doubles it. */
export const FIRST_DELAY_MS = 30_000;

/** The longest delay. */
export const MAX_DELAY_MS = 15 * 60_000;

/** The delay that follows a given number of failures (0 up to the fifth failure's). */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Words a wait for the clinician: "30 seconds", "2 minutes". */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/**
 * Counts failed unlock attempts in memory only (nothing is written while the vault is locked)
 * and says how long to wait before the next attempt is accepted. Never blocks: callers ask and
 * refuse early.
 */
export class UnlockThrottle {
  private failures = 0;
  private lastFailureAt = 0;
  private firstFailureAt: number | null = null;

  /** Milliseconds until another attempt is accepted (0 = now). */
  retryAfterMs(nowMs: number): number {
    const wait = this.lastFailureAt + delayAfter(this.failures) - nowMs;
    return wait > 0 ? wait : 0;
  }

  /** Records one failed attempt. */
  fail(nowMs: number): void {
    this.failures += 1;
    this.lastFailureAt = nowMs;
    this.firstFailureAt ??= nowMs;
  }

  /** Failures since the last successful unlock. */
  get count(): number {
    return this.failures;
  }

  /** Returns what to write to the audit trail, and forgets the failures. */
  drain(): { count: number; firstAt: number | null } {
    const summary = { count: this.failures, firstAt: this.firstFailureAt };
    this.failures = 0;
    this.lastFailureAt = 0;
    this.firstFailureAt = null;
    return summary;
  }
}
