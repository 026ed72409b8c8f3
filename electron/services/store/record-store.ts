import { randomBytes } from 'node:crypto';
import { open as openFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../core/result';
import { ensureDir, ioError, removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { scanFolderOffThread, type ScannedFolder } from '../helper-thread';
import { type FileStamp, stampOf, statStamp, statStamps } from './file-stamp';
import { KeyedQueue } from './keyed-queue';
import { mapPool } from './map-pool';
import type { RecordCodec, RecordEnvelope } from './record-codec';
import { RECORD_FORMAT } from './record-codec';

const RECORD_SUFFIX = '.rec';
const ID_PATTERN = /^[0-9a-f]{32}$/;
const KIND_PATTERN = /^[a-z][a-z-]{0,30}$/;

/** A fresh random record id (128 bits, hex). Ids never carry client data. */
export function newRecordId(): string {
  return randomBytes(16).toString('hex');
}

/** A record that could not be read back, by address (never by content). */
export interface UnreadableRecord {
  kind: string;
  id: string;
  file: string;
}

/**
 * Writes bytes atomically as `dir/name`; replaceable in tests to simulate a full or read-only disk.
 * May return the stamp of the written file (the store stats the file when it does not).
 */
export type AtomicWriter = (
  dir: string,
  name: string,
  bytes: Uint8Array,
) => Promise<FileStamp | void>;

/** A record read or written together with the stamp of the very file version it came from. */
export interface StampedRecord<T> {
  envelope: RecordEnvelope<T>;
  /** Null when the file could not be stat'ed after a write (then it is simply never cached). */
  stamp: FileStamp | null;
}

/** How many record files are read at once when listing. */
const READ_CONCURRENCY = 16;

/**
 * One file per record under `<root>/<kind>/<id>.rec`, each written atomically through a codec.
 * Writes to one record are serialised; a write can insist on the revision it expects.
 */
export class RecordStore {
  private readonly queue = new KeyedQueue();

  /**
   * @param deviceId This computer's id, written into every record it saves (see DEVICE_ID_PATTERN),
   *   so a vault kept in step between computers knows which one wrote each revision.
   */
  constructor(
    private readonly root: string,
    private readonly codec: RecordCodec,
    private readonly writer: AtomicWriter = writeFileAtomic,
    private readonly deviceId?: string,
  ) {}

  /** Prepares the folders for these kinds and removes temp files left by interrupted writes. */
  async open(kinds: readonly string[]): Promise<{ staleTempFiles: number }> {
    let staleTempFiles = 0;
    for (const kind of kinds) {
      const dir = this.dirOf(kind);
      await ensureDir(dir);
      staleTempFiles += await removeStaleTempFiles(dir);
    }
    return { staleTempFiles };
  }

  /** Reads one record's envelope; `not-found` when it does not exist. */
  async get<T>(kind: string, id: string): Promise<RecordEnvelope<T>> {
    this.checkAddress(kind, id);
    let bytes: Buffer;
    try {
      bytes = await readFile(this.fileOf(kind, id));
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT')
        throw new AppError('not-found', 'That record does not exist.');
      throw ioError(cause, 'reading a record');
    }
    return this.codec.decode({ kind, id }, bytes) as RecordEnvelope<T>;
  }

  /**
   * Reads one record's envelope and the stamp of the file it was read from (one open file
   * handle for both, so the stamp belongs to exactly these bytes); `not-found` when it does not exist.
   */
  async readStamped<T>(kind: string, id: string): Promise<StampedRecord<T>> {
    this.checkAddress(kind, id);
    let bytes: Buffer;
    let stamp: FileStamp;
    try {
      const handle = await openFile(this.fileOf(kind, id), 'r');
      try {
        stamp = stampOf(await handle.stat());
        bytes = await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT')
        throw new AppError('not-found', 'That record does not exist.');
      throw ioError(cause, 'reading a record');
    }
    return { envelope: this.codec.decode({ kind, id }, bytes) as RecordEnvelope<T>, stamp };
  }

  /** The stamp of a record's file without reading it, or null when it does not exist. */
  async stamp(kind: string, id: string): Promise<FileStamp | null> {
    this.checkAddress(kind, id);
    try {
      return await statStamp(this.fileOf(kind, id));
    } catch (cause) {
      throw ioError(cause, 'reading a record');
    }
  }

  /** The stamps of many records of one kind, in order (null where a record has no file). */
  async stamps(kind: string, ids: readonly string[]): Promise<(FileStamp | null)[]> {
    for (const id of ids) this.checkAddress(kind, id);
    try {
      return await statStamps(ids.map((id) => this.fileOf(kind, id)));
    } catch (cause) {
      throw ioError(cause, 'reading a record');
    }
  }

  /**
   * Lists the ids of every record of a kind with the stamps of their files, on the helper thread
   * (what `ids` and `stamps` give, without holding up the main thread). Rejects on any failure
   * but a missing folder; the caller then lists and stats here.
   */
  scan(kind: string): Promise<ScannedFolder> {
    this.checkAddress(kind);
    return scanFolderOffThread(this.dirOf(kind), RECORD_SUFFIX, ID_PATTERN);
  }

  /** Tells whether a record exists. */
  async has(kind: string, id: string): Promise<boolean> {
    try {
      await this.get(kind, id);
      return true;
    } catch (cause) {
      if (cause instanceof AppError && cause.code === 'not-found') return false;
      throw cause;
    }
  }

  /**
   * Writes a record's data as its next revision. With `expectedRev`, the write is refused with
   * `conflict` unless the stored revision is that one (0 means "must not exist yet").
   */
  async put<T>(
    kind: string,
    id: string,
    data: T,
    expectedRev?: number,
  ): Promise<RecordEnvelope<T>> {
    this.checkAddress(kind, id);
    return this.serialise(`${kind}/${id}`, async () => {
      const current = await this.currentRev(kind, id);
      if (expectedRev !== undefined && expectedRev !== current) {
        throw new AppError(
          'conflict',
          'This record was changed elsewhere. Reload it and try again.',
        );
      }
      const envelope = this.envelope(kind, id, current + 1, data);
      await this.writeEnvelope(envelope);
      return envelope;
    });
  }

  /**
   * Writes a record with a revision the caller already knows (for a caller that keeps the
   * current revisions in memory and checks conflicts itself). Serialised with `put`.
   */
  async write<T>(kind: string, id: string, rev: number, data: T): Promise<RecordEnvelope<T>> {
    return (await this.writeStamped(kind, id, rev, data)).envelope;
  }

  /** Like `write`, and also returns the stamp of the file written. */
  async writeStamped<T>(kind: string, id: string, rev: number, data: T): Promise<StampedRecord<T>> {
    this.checkAddress(kind, id);
    return this.serialise(`${kind}/${id}`, async () => {
      const envelope = this.envelope(kind, id, rev, data);
      const written = await this.writeEnvelope(envelope);
      const stamp = written ?? (await statStamp(this.fileOf(kind, id)).catch(() => null));
      return { envelope, stamp };
    });
  }

  /** Lists the ids of every record of a kind (by file name only; nothing is decoded). */
  async ids(kind: string): Promise<string[]> {
    this.checkAddress(kind);
    const names = await readdir(this.dirOf(kind)).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') return [] as string[];
      throw ioError(cause, 'listing records');
    });
    return names
      .filter((name) => name.endsWith(RECORD_SUFFIX))
      .map((name) => name.slice(0, -RECORD_SUFFIX.length))
      .filter((id) => ID_PATTERN.test(id));
  }

  /** Reads every record of a kind; records that cannot be decoded are returned apart, never thrown. */
  async list<T>(
    kind: string,
  ): Promise<{ records: RecordEnvelope<T>[]; unreadable: UnreadableRecord[] }> {
    const records: RecordEnvelope<T>[] = [];
    const unreadable: UnreadableRecord[] = [];
    await mapPool(await this.ids(kind), READ_CONCURRENCY, async (id) => {
      try {
        records.push(await this.get<T>(kind, id));
      } catch (cause) {
        if (cause instanceof AppError && cause.code === 'not-found') return;
        if (cause instanceof AppError && cause.code === 'io') throw cause;
        unreadable.push({ kind, id, file: this.fileOf(kind, id) });
      }
    });
    return { records, unreadable };
  }

  /** The path of a record's file. */
  fileOf(kind: string, id: string): string {
    return join(this.dirOf(kind), id + RECORD_SUFFIX);
  }

  private async writeEnvelope(envelope: RecordEnvelope): Promise<FileStamp | void> {
    const bytes = this.codec.encode({ kind: envelope.kind, id: envelope.id }, envelope);
    try {
      return await this.writer(this.dirOf(envelope.kind), envelope.id + RECORD_SUFFIX, bytes);
    } catch (cause) {
      // A writer that already words its refusal (the read-only vault's guard) keeps its message.
      if (cause instanceof AppError) throw cause;
      throw ioError(cause, 'saving');
    }
  }

  private envelope<T>(kind: string, id: string, rev: number, data: T): RecordEnvelope<T> {
    return {
      format: RECORD_FORMAT,
      kind,
      id,
      rev,
      ...(this.deviceId ? { device: this.deviceId } : {}),
      data,
    };
  }

  private dirOf(kind: string): string {
    return join(this.root, kind);
  }

  private async currentRev(kind: string, id: string): Promise<number> {
    try {
      return (await this.get(kind, id)).rev;
    } catch (cause) {
      if (cause instanceof AppError && cause.code === 'not-found') return 0;
      throw cause;
    }
  }

  private checkAddress(kind: string, id?: string): void {
    if (!KIND_PATTERN.test(kind) || (id !== undefined && !ID_PATTERN.test(id))) {
      throw new AppError('invalid-input', 'Not a valid record address.');
    }
  }

  private serialise<R>(key: string, task: () => Promise<R>): Promise<R> {
    return this.queue.run(key, task);
  }
}
