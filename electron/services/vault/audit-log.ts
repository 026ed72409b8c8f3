/**
 * The audit trail: append-only, one encrypted file per entry (`audit/<seq>.aud`), each entry
 * carrying the SHA-256 of the previous entry's file, and an encrypted head (`audit/head`)
 * anchoring the newest entry so that deleting the last entry is detected too. Entries hold ids
 * and event types only, never names or text.
 */
import { createHash, hkdfSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  AuditEvent,
  AuditVerification,
  ReadOnlyReason,
} from '../../../core/vault/vault-schemas';
import {
  diskRefusal,
  ensureDir,
  ioError,
  removeStaleTempFiles,
  writeFileAtomic,
} from '../store/atomic-write';
import type { AtomicWriter } from '../store/record-store';
import { open, seal } from './aead';
import { PendingAudit, type PendingEntry, readOnlyError } from './pending-audit';

const ENTRY_SUFFIX = '.aud';
const HEAD_FILE = 'head';
const SEQ_DIGITS = 12;
const HEAD_AAD = Buffer.from('closing-session:audit-head:v1', 'utf8');

/** What a caller adds; the log assigns the sequence number and chains it. */
export type NewAuditEvent = Omit<AuditEvent, 'seq'>;

interface StoredEntry extends AuditEvent {
  prev: string;
}

function entryAad(seq: number): Buffer {
  return Buffer.from(`closing-session:audit:v1:${seq}`, 'utf8');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file name of entry `seq`. */
export function auditFileName(seq: number): string {
  return String(seq).padStart(SEQ_DIGITS, '0') + ENTRY_SUFFIX;
}

/** Derives the audit trail's own key from the data key. */
export function auditKey(dataKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'closing-session audit v1', 32));
}

/** The encrypted, hash-chained audit trail of one vault. */
export class AuditLog {
  private tail: { seq: number; hash: string } = { seq: 0, hash: '' };
  private queue: Promise<unknown> = Promise.resolve();
  /** True when the newest entry is on disk but the head does not name it yet. */
  private headBehind = false;

  constructor(
    private readonly dir: string,
    private readonly key: Uint8Array,
    private readonly writer: AtomicWriter = writeFileAtomic,
    /** Events waiting for a writable disk; shared by every unlock of one vault session. */
    readonly pending: PendingAudit = new PendingAudit(),
  ) {}

  /** Prepares the folder, removes interrupted writes and finds the newest entry. */
  async open(): Promise<void> {
    await ensureDir(this.dir);
    await removeStaleTempFiles(this.dir);
    const seqs = await this.seqs();
    const last = seqs[seqs.length - 1];
    if (last !== undefined)
      this.tail = { seq: last, hash: sha256(await readFile(join(this.dir, auditFileName(last)))) };
  }

  /**
   * Appends one event. Resolves once it is on disk, or — when the disk is full or read-only —
   * once it waits in memory (the vault is then read-only until a later write reaches the disk).
   * `hooks.written` runs once it is really on disk, `hooks.dropped` if it is given up after another
   * kind of failure (which rejects with an io error).
   */
  append(event: NewAuditEvent, hooks: Omit<PendingEntry, 'event'> = {}): Promise<void> {
    return this.serial(async () => {
      this.pending.add({ ...hooks, event });
      await this.drain();
    });
  }

  /** Writes every waiting event, in order; resolves with the mode that results (null = writable). */
  flush(): Promise<ReadOnlyReason | null> {
    return this.serial(async () => {
      if (this.pending.size > 0 || this.headBehind) await this.drain();
      return this.pending.reason;
    });
  }

  /** Before a change: writes waiting events, then refuses with a clear error if the disk is still not writable. */
  async ensureWritable(): Promise<void> {
    const reason = this.pending.reason === null ? null : await this.flush();
    if (reason !== null) throw readOnlyError(reason);
  }

  private serial<R>(task: () => Promise<R>): Promise<R> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Writes the head if an earlier head write failed, then the waiting events; stops at the first failure. */
  private async drain(): Promise<void> {
    let writing: PendingEntry | undefined;
    try {
      if (this.headBehind) await this.writeHead();
      for (let entry = this.pending.peek(); entry; entry = this.pending.peek()) {
        writing = entry;
        await this.writeEntry(entry.event);
        writing = undefined;
        this.pending.shift();
        entry.written?.();
        await this.writeHead();
      }
    } catch (cause) {
      const reason = diskRefusal(cause);
      if (reason !== null) return this.pending.setReason(reason);
      // Not a disk-space or permission problem: report it, and give up the event that could not be written.
      if (writing) {
        this.pending.shift();
        writing.dropped?.();
      }
      throw ioError(cause, 'writing the audit trail');
    }
    this.pending.setReason(null);
  }

  /** Writes one entry file; the head follows separately. */
  private async writeEntry(event: NewAuditEvent): Promise<void> {
    const seq = this.tail.seq + 1;
    const entry: StoredEntry = { ...event, seq, prev: this.tail.hash };
    const bytes = seal(this.key, Buffer.from(JSON.stringify(entry), 'utf8'), entryAad(seq));
    await this.writer(this.dir, auditFileName(seq), bytes);
    this.tail = { seq, hash: sha256(bytes) };
    this.headBehind = true;
  }

  private async writeHead(): Promise<void> {
    const { seq, hash } = this.tail;
    await this.writer(
      this.dir,
      HEAD_FILE,
      seal(this.key, Buffer.from(JSON.stringify({ seq, hash }), 'utf8'), HEAD_AAD),
    );
    this.headBehind = false;
  }

  /** The newest `limit` readable events, newest first. */
  async list(limit: number): Promise<AuditEvent[]> {
    const seqs = (await this.seqs()).reverse();
    const events: AuditEvent[] = [];
    for (const seq of seqs) {
      if (events.length >= limit) break;
      try {
        const { prev: _prev, ...visible } = this.decode(
          seq,
          await readFile(join(this.dir, auditFileName(seq))),
        );
        events.push(visible);
      } catch {
        // An unreadable entry is reported by verify, not here.
      }
    }
    return events;
  }

  /** Walks the whole chain and reports the first missing or altered entry. */
  async verify(): Promise<AuditVerification> {
    const seqs = await this.seqs();
    let prevHash = '';
    let expected = 1;
    for (const seq of seqs) {
      if (seq !== expected) return { ok: false, entries: expected - 1, brokenAt: expected };
      try {
        const bytes = await readFile(join(this.dir, auditFileName(seq)));
        const entry = this.decode(seq, bytes);
        if (entry.prev !== prevHash) return { ok: false, entries: seq - 1, brokenAt: seq };
        prevHash = sha256(bytes);
      } catch {
        return { ok: false, entries: seq - 1, brokenAt: seq };
      }
      expected += 1;
    }
    const count = expected - 1;
    const head = await this.readHead();
    if (head === null)
      return count === 0
        ? { ok: true, entries: 0 }
        : { ok: false, entries: count, brokenAt: count + 1 };
    if (head.seq > count) return { ok: false, entries: count, brokenAt: count + 1 };
    if (head.seq === count && head.hash !== prevHash)
      return { ok: false, entries: count, brokenAt: count };
    return { ok: true, entries: count };
  }

  private decode(seq: number, bytes: Uint8Array): StoredEntry {
    const entry = JSON.parse(open(this.key, bytes, entryAad(seq)).toString('utf8')) as StoredEntry;
    if (entry.seq !== seq || typeof entry.prev !== 'string')
      throw new Error('Audit entry out of place.');
    return entry;
  }

  private async readHead(): Promise<{ seq: number; hash: string } | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.dir, HEAD_FILE));
    } catch {
      return null;
    }
    try {
      const head = JSON.parse(open(this.key, bytes, HEAD_AAD).toString('utf8')) as {
        seq: number;
        hash: string;
      };
      return Number.isInteger(head.seq) && typeof head.hash === 'string' ? head : null;
    } catch {
      return { seq: Number.MAX_SAFE_INTEGER, hash: '' };
    }
  }

  private async seqs(): Promise<number[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names
      .filter(
        (n) =>
          n.length === SEQ_DIGITS + ENTRY_SUFFIX.length &&
          n.endsWith(ENTRY_SUFFIX) &&
          /^\d+$/.test(n.slice(0, SEQ_DIGITS)),
      )
      .map((n) => Number(n.slice(0, SEQ_DIGITS)))
      .sort((a, b) => a - b);
  }
}
