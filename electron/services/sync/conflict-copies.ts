/**
 * Conflict copies in the vault's record folders: finding them, reading them (they are sealed
 * like the record they copy, so they decode under its address) and removing them once merged.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  isRecordStem,
  parseConflictCopy,
  type SyncEngine,
} from '../../../core/sync/conflict-copy-name';
import { ioError } from '../store/atomic-write';
import type { RecordCodec, RecordEnvelope } from '../store/record-codec';

/** One conflict copy on disk. */
export interface ConflictCopyFile {
  kind: string;
  id: string;
  /** The copy's file name inside its kind's folder. */
  name: string;
  engine: SyncEngine;
}

/** Every conflict copy under `recordsDir` for these kinds, oldest name first per record. */
export async function listConflictCopies(
  recordsDir: string,
  kinds: readonly string[],
): Promise<ConflictCopyFile[]> {
  const found: ConflictCopyFile[] = [];
  for (const kind of kinds) {
    const names = await readdir(join(recordsDir, kind)).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') return [] as string[];
      throw ioError(cause, 'listing records');
    });
    for (const name of names.sort()) {
      const copy = parseConflictCopy(name, '.rec', isRecordStem);
      if (copy) found.push({ kind, id: copy.original.slice(0, -4), name, engine: copy.engine });
    }
  }
  return found;
}

/** Reads a conflict copy; null when it cannot be read yet (still arriving, or damaged). */
export async function readConflictCopy<T>(
  recordsDir: string,
  codec: RecordCodec,
  copy: ConflictCopyFile,
): Promise<RecordEnvelope<T> | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(recordsDir, copy.kind, copy.name));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(cause, 'reading a version from another computer');
  }
  try {
    return codec.decode({ kind: copy.kind, id: copy.id }, bytes) as RecordEnvelope<T>;
  } catch {
    return null;
  }
}

/** Removes a conflict copy once its content is merged (or found identical). */
export async function removeConflictCopy(
  recordsDir: string,
  copy: ConflictCopyFile,
): Promise<void> {
  await unlink(join(recordsDir, copy.kind, copy.name)).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'ENOENT') throw ioError(cause, 'removing a merged version');
  });
}
