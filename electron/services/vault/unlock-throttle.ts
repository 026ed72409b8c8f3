import { AppError } from '../../../core/result';
import { AuthenticationError } from './aead';

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

/** What the throttle keeps between app runs: counts and times only, never anything typed. */
export interface ThrottleState {
  failures: number;
  lastFailureAt: number;
  firstFailureAt: number | null;
}

/** Where the throttle keeps its state between app runs (a small per-computer file outside the vault). */
export interface ThrottleStore {
  /** The saved state, or null when there is none or it could not be read. */
  load(): Promise<ThrottleState | null>;
  /** Saves the state; must not reject (an unwritable place only means the state is not kept). */
  save(state: ThrottleState): Promise<void>;
}

/** The failures an unlock hands to the audit trail: how many, and when the first of them was. */
export interface FailureSummary {
  count: number;
  firstAt: number | null;
}

/**
 * Counts failed unlock attempts and says how long to wait before the next attempt is accepted.
 * Never blocks: callers ask and refuse early. Failures are forgotten only once the audit trail
 * holds them (`recorded`), so a full disk cannot wipe the count; with a store the count and the
 * delay also survive an app restart.
 */
export class UnlockThrottle {
  private failures = 0;
  private lastFailureAt = 0;
  private firstFailureAt: number | null = null;
  /** Failures already handed to the audit trail but not yet on disk (memory only). */
  private handedOver = 0;
  /** When the first failure not yet handed over happened. */
  private firstUnhandedAt: number | null = null;
  private loading: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly store?: ThrottleStore) {}

  /** Loads the saved state once (no store, a missing or unreadable file: no failures known). */
  ready(): Promise<void> {
    this.loading ??= (async () => {
      const saved = await this.store?.load();
      if (!saved) return;
      this.failures = saved.failures;
      this.lastFailureAt = saved.lastFailureAt;
      this.firstFailureAt = saved.firstFailureAt;
      this.firstUnhandedAt = saved.firstFailureAt;
    })();
    return this.loading;
  }

  /** Milliseconds until another attempt is accepted (0 = now); never more than the delay itself, whatever the clock did. */
  retryAfterMs(nowMs: number): number {
    const delay = delayAfter(this.failures);
    const wait = Math.min(delay, this.lastFailureAt + delay - nowMs);
    return wait > 0 ? wait : 0;
  }

  /** Records one failed attempt; resolves once the state is saved (or could not be). */
  fail(nowMs: number): Promise<void> {
    this.failures += 1;
    this.lastFailureAt = nowMs;
    this.firstFailureAt ??= nowMs;
    this.firstUnhandedAt ??= nowMs;
    return this.persist();
  }

  /** Failed attempts not yet in the audit trail. */
  get count(): number {
    return this.failures;
  }

  /** The failures not yet handed to the audit trail; marks them handed over (they still count). */
  handOver(): FailureSummary {
    const summary = { count: this.failures - this.handedOver, firstAt: this.firstUnhandedAt };
    this.handedOver = this.failures;
    this.firstUnhandedAt = null;
    return summary;
  }

  /** Hands failures back after their audit entry was given up, so the next unlock reports them. */
  takeBack(summary: FailureSummary): void {
    this.handedOver = Math.max(0, this.handedOver - summary.count);
    this.firstUnhandedAt = summary.firstAt ?? this.firstUnhandedAt;
  }

  /** Forgets failures once their audit entry is on disk; resolves once the state is saved (or could not be). */
  recorded(summary: FailureSummary): Promise<void> {
    this.failures = Math.max(0, this.failures - summary.count);
    this.handedOver = Math.max(0, this.handedOver - summary.count);
    if (this.failures === 0) {
      this.lastFailureAt = 0;
      this.firstFailureAt = null;
      this.firstUnhandedAt = null;
    }
    return this.persist();
  }

  private persist(): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve();
    const state: ThrottleState = {
      failures: this.failures,
      lastFailureAt: this.lastFailureAt,
      firstFailureAt: this.firstFailureAt,
    };
    this.saving = this.saving.then(() => store.save(state)).catch(() => undefined);
    return this.saving;
  }
}

/**
 * Runs one secret check under the throttle: refuses early while a delay runs, counts a wrong
 * secret (saved before the refusal is returned) and words the refusal for `field`.
 */
export async function checkThrottled(
  throttle: UnlockThrottle,
  nowMs: () => number,
  check: () => Promise<Buffer>,
  field: string,
  wrong: string,
): Promise<Buffer> {
  await throttle.ready();
  const wait = throttle.retryAfterMs(nowMs());
  if (wait > 0)
    throw new AppError(
      'locked',
      `Too many attempts. Please wait ${describeWait(wait)} before trying again.`,
    );
  try {
    return await check();
  } catch (cause) {
    if (!(cause instanceof AuthenticationError)) throw cause;
    await throttle.fail(nowMs());
    const after = throttle.retryAfterMs(nowMs());
    const message =
      after > 0
        ? `${wrong} For safety, the next try is possible in ${describeWait(after)}.`
        : wrong;
    throw new AppError('invalid-input', message, { [field]: message });
  }
}
