/**
 * Read-only mode: when the vault's disk is full or cannot be written, the vault still opens;
 * audit events wait here, in memory and in order, until a later write finds the disk writable.
 * While any event waits the vault is read-only and every change is refused with one clear
 * message. Events carry ids and event types only, never client data.
 */
import { AppError } from '../../../core/result';
import type { ReadOnlyReason } from '../../../core/vault/vault-schemas';
import type { NewAuditEvent } from './audit-log';

/** The most events kept waiting; later ones are only counted (and recorded as a count). */
export const PENDING_LIMIT = 500;

/** The error every change gets while the vault is open read-only (no client data in it). */
export function readOnlyError(reason: ReadOnlyReason): AppError {
  const why =
    reason === 'full'
      ? 'The vault is open read-only because the disk is full, so this change was not saved. Free some space, then choose “Try again”.'
      : 'The vault is open read-only because its folder cannot be written to (a read-only or locked drive), so this change was not saved.';
  return new AppError(
    'io',
    `${why} You can still browse, search, preview and save copies elsewhere.`,
  );
}

/** One waiting event, with what to do once it is on disk. */
export interface PendingEntry {
  event: NewAuditEvent;
  /** Called once the event has been written (e.g. to forget the failed unlock attempts it reports). */
  written?: () => void;
  /** Called if the event is given up after a failure that is not about space or permissions. */
  dropped?: () => void;
}

/** Called whenever the vault enters or leaves read-only mode. */
export type ReadOnlyListener = (reason: ReadOnlyReason | null) => void;

/**
 * The audit events waiting for a writable disk, and why the disk is not writable. Lives as long
 * as the vault session (so events from one unlock survive a lock), not across app restarts.
 */
export class PendingAudit {
  private entries: PendingEntry[] = [];
  private lost = 0;
  private lostSince: string | null = null;
  private current: ReadOnlyReason | null = null;
  private readonly listeners = new Set<ReadOnlyListener>();

  constructor(private readonly limit = PENDING_LIMIT) {}

  /** Why the vault is read-only, or null when writes go to disk normally. */
  get reason(): ReadOnlyReason | null {
    return this.current;
  }

  /** How many events are waiting (including one summary for any beyond the limit). */
  get size(): number {
    return this.entries.length + (this.lost > 0 ? 1 : 0);
  }

  /** Adds an event at the end of the queue; beyond the limit (and until that count is written) it is only counted, so order holds. */
  add(entry: PendingEntry): void {
    if (this.lost === 0 && this.entries.length < this.limit) {
      this.entries.push(entry);
      return;
    }
    this.lost += 1;
    this.lostSince ??= entry.event.at;
  }

  /** The oldest waiting event (the summary of lost events comes after every kept one). */
  peek(): PendingEntry | undefined {
    if (this.entries.length > 0) return this.entries[0];
    if (this.lost === 0) return undefined;
    return {
      event: {
        at: this.lostSince ?? new Date(0).toISOString(),
        type: 'events-not-recorded',
        count: this.lost,
      },
    };
  }

  /** Removes the oldest waiting event (after it was written or given up). */
  shift(): void {
    if (this.entries.length > 0) {
      this.entries.shift();
      return;
    }
    this.lost = 0;
    this.lostSince = null;
  }

  /** Sets the mode: read-only for a reason, or writable (null). Tells listeners of a change. */
  setReason(reason: ReadOnlyReason | null): void {
    if (reason === this.current) return;
    this.current = reason;
    for (const listener of this.listeners) {
      try {
        listener(reason);
      } catch {
        // A listener's own problem must not stop the audit trail.
      }
    }
  }

  /** Registers a listener for mode changes; returns a function that removes it. */
  onChange(listener: ReadOnlyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
