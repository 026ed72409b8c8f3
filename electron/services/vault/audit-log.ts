/**
 * The audit trail: append-only, one encrypted file per entry (`audit/<seq>.aud`), each entry
 * carrying the SHA-256 of the previous entry's file, and an encrypted head (`audit/head`)
 * anchoring the newest entry so that deleting the last entry is detected too. Entries hold ids
 * and event types only, never names or text.
 */
import { createHash, hkdfSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEvent, AuditVerification } from '../../../core/vault/vault-schemas';
import { ensureDir, ioError, removeStaleTempFiles, writeFileAtomic } from '../store/atomic-write';
import type { AtomicWriter } from '../store/record-store';
import { open, seal } from './aead';

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

  constructor(
    private readonly dir: string,
    private readonly key: Uint8Array,
    private readonly writer: AtomicWriter = writeFileAtomic,
  ) {}

  /** Prepares the folder, removes interrupted writes and finds the newest entry. */
  async open(): Promise<void> {
    await ensureDir(this.dir);
    await removeStaleTempFiles(this.dir);
    const seqs = await this.seqs();
    const last = seqs[seqs.length - 1];
    if (last !== undefined) this.tail = { seq: last, hash: sha256(await readFile(join(this.dir, auditFileName(last)))) };
  }

  /** Appends one event; resolves once the entry and the head are on disk. */
  append(event: NewAuditEvent): Promise<AuditEvent> {
    const task = async (): Promise<AuditEvent> => {
      const seq = this.tail.seq + 1;
      const entry: StoredEntry = { ...event, seq, prev: this.tail.hash };
      const bytes = seal(this.key, Buffer.from(JSON.stringify(entry), 'utf8'), entryAad(seq));
      const hash = sha256(bytes);
      try {
        await this.writer(this.dir, auditFileName(seq), bytes);
        this.tail = { seq, hash };
        await this.writer(this.dir, HEAD_FILE, seal(this.key, Buffer.from(JSON.stringify({ seq, hash }), 'utf8'), HEAD_AAD));
      } catch (cause) {
        throw ioError(cause, 'writing the audit trail');
      }
      const { prev: _prev, ...visible } = entry;
      return visible;
    };
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The newest `limit` readable events, newest first. */
  async list(limit: number): Promise<AuditEvent[]> {
    const seqs = (await this.seqs()).reverse();
    const events: AuditEvent[] = [];
    for (const seq of seqs) {
      if (events.length >= limit) break;
      try {
        const { prev: _prev, ...visible } = this.decode(seq, await readFile(join(this.dir, auditFileName(seq))));
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
    if (head === null) return count === 0 ? { ok: true, entries: 0 } : { ok: false, entries: count, brokenAt: count + 1 };
    if (head.seq > count) return { ok: false, entries: count, brokenAt: count + 1 };
    if (head.seq === count && head.hash !== prevHash) return { ok: false, entries: count, brokenAt: count };
    return { ok: true, entries: count };
  }

  private decode(seq: number, bytes: Uint8Array): StoredEntry {
    const entry = JSON.parse(open(this.key, bytes, entryAad(seq)).toString('utf8')) as StoredEntry;
    if (entry.seq !== seq || typeof entry.prev !== 'string') throw new Error('Audit entry out of place.');
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
      const head = JSON.parse(open(this.key, bytes, HEAD_AAD).toString('utf8')) as { seq: number; hash: string };
      return Number.isInteger(head.seq) && typeof head.hash === 'string' ? head : null;
    } catch {
      return { seq: Number.MAX_SAFE_INTEGER, hash: '' };
    }
  }

  private async seqs(): Promise<number[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.length === SEQ_DIGITS + ENTRY_SUFFIX.length && n.endsWith(ENTRY_SUFFIX) && /^\d+$/.test(n.slice(0, SEQ_DIGITS)))
      .map((n) => Number(n.slice(0, SEQ_DIGITS)))
      .sort((a, b) => a - b);
  }
}
