/**
 * The vault's activity record as one hash chain per computer. This computer appends only to its
 * own chain (`audit/<computer id>/`), so two computers keeping one vault in step never write the
 * same entry file; the chain of a vault made before chains were kept per computer stays at
 * `audit/` itself and is read and checked like the others. Listing merges every chain by time;
 * checking walks every chain.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEvent, AuditVerification } from '../../../core/vault/vault-schemas';
import { DEVICE_ID_PATTERN } from '../store/record-codec';
import type { AtomicWriter } from '../store/record-store';
import { AuditLog, type NewAuditEvent } from './audit-log';
import type { PendingAudit, PendingEntry } from './pending-audit';

/** The activity record over every computer's chain, appending to this computer's. */
export class AuditTrail {
  private readonly own: AuditLog;

  /**
   * @param root The vault's `audit` folder.
   * @param deviceId This computer's id; without it (a single computer, older callers) the chain at
   *   `root` itself is this computer's.
   */
  constructor(
    private readonly root: string,
    private readonly deviceId: string | undefined,
    private readonly key: Uint8Array,
    writer?: AtomicWriter,
    pending?: PendingAudit,
  ) {
    this.own = new AuditLog(deviceId ? join(root, deviceId) : root, key, writer, pending);
  }

  /** Events waiting for a writable disk. */
  get pending(): PendingAudit {
    return this.own.pending;
  }

  /** Prepares this computer's chain. */
  open(): Promise<void> {
    return this.own.open();
  }

  /** Appends one event to this computer's chain (see AuditLog.append). */
  append(event: NewAuditEvent, hooks: Omit<PendingEntry, 'event'> = {}): Promise<void> {
    return this.own.append(event, hooks);
  }

  /** Writes waiting events (see AuditLog.flush). */
  flush() {
    return this.own.flush();
  }

  /** Refuses a change while the disk cannot take writes (see AuditLog.ensureWritable). */
  ensureWritable(): Promise<void> {
    return this.own.ensureWritable();
  }

  /** The newest `limit` events over every computer's chain, newest first. */
  async list(limit: number): Promise<AuditEvent[]> {
    const lists = await Promise.all((await this.chains()).map((log) => log.list(limit)));
    return lists
      .flat()
      .sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1))
      .slice(0, limit);
  }

  /**
   * Checks every computer's chain. Intact when all are; otherwise the first broken chain's
   * break is reported. `entries` counts every entry checked, `chains` the chains found.
   */
  async verify(): Promise<AuditVerification> {
    let entries = 0;
    const chains = await this.chains();
    for (const log of chains) {
      const result = await log.verify();
      if (!result.ok)
        return { ...result, entries: entries + result.entries, chains: chains.length };
      entries += result.entries;
    }
    return { ok: true, entries, chains: chains.length };
  }

  /** This computer's chain, the other computers' chains, and an older shared chain at the root. */
  private async chains(): Promise<AuditLog[]> {
    if (!this.deviceId) return [this.own];
    const names = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const others = names
      .filter((entry) => entry.isDirectory() && DEVICE_ID_PATTERN.test(entry.name))
      .map((entry) => entry.name)
      .filter((name) => name !== this.deviceId)
      .sort()
      .map((name) => new AuditLog(join(this.root, name), this.key));
    const older = names.some((entry) => entry.isFile() && entry.name.endsWith('.aud'))
      ? [new AuditLog(this.root, this.key)]
      : [];
    return [...older, this.own, ...others];
  }
}
