import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDir, writeFileAtomic } from '../store/atomic-write';
import type { RecordCodec } from '../store/record-codec';
import { RecordIndex, type Summarizer } from '../store/record-index';
import { readSummaryCache } from '../store/summary-cache';
import { type AtomicWriter, RecordStore } from '../store/record-store';
import type { NewAuditEvent } from './audit-log';
import { auditKey } from './audit-log';
import { AuditTrail } from './audit-trail';
import { quarantineRecords } from './quarantine';
import type { PendingAudit } from './pending-audit';
import { createRecordCipher } from './record-cipher';
import type { UnlockThrottle } from './unlock-throttle';
import type { VaultHeader } from './vault-header';
import { LEGACY_CACHE_DIR, type VaultPaths } from './vault-paths';

/** Everything that exists only while the vault is unlocked; `close` drops the key and caches. */
export interface OpenVault {
  header: VaultHeader;
  dataKey: Buffer;
  store: RecordStore;
  index: RecordIndex;
  audit: AuditTrail;
  /** This computer's cache folder (`<dataDir>/local-cache`): the summary cache and the stored archive index. */
  cacheDir: string;
  /** The record cipher (valid until `close`): caches are sealed with it. */
  codec: RecordCodec;
  /** The guarded writer records and caches are written with (refuses while read-only). */
  writer: AtomicWriter;
  /** This computer's id (written into every record it saves), when known. */
  deviceId: string | undefined;
  /** Records moved to quarantine during this unlock. */
  quarantinedNow: { kind: string; id: string }[];
  close(): void;
}

/**
 * Takes the cache folder older versions kept inside the vault folder out of it: moved to this
 * computer's cache folder for the vault in the data folder (saving a rebuild), removed from a
 * chosen folder (another computer's sync must not carry it). Only caches: nothing is lost.
 */
async function moveLegacyCache(paths: VaultPaths): Promise<void> {
  const legacy = join(paths.vault, LEGACY_CACHE_DIR);
  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );
  if (!(await exists(legacy))) return;
  if (!paths.shared && !(await exists(paths.localCache))) {
    const moved = await rename(legacy, paths.localCache).then(
      () => true,
      () => false,
    );
    if (moved) return;
  }
  await rm(legacy, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Opens the vault with its data key: prepares folders, removes stale temp files, loads every
 * record into the in-memory index (from the encrypted summary cache where a record file is
 * unchanged; moving unreadable records to quarantine) and opens the audit
 * trail, recording a quarantine event per moved record. Record and cache writes go through a
 * guard that refuses them while the vault is read-only (see pending-audit).
 */
export async function openVault(options: {
  paths: VaultPaths;
  header: VaultHeader;
  dataKey: Buffer;
  kinds: Readonly<Record<string, Summarizer>>;
  writer?: AtomicWriter;
  now: () => Date;
  /** Audit events waiting for a writable disk (kept by the vault session across unlocks). */
  pending?: PendingAudit;
  /** This computer's id, written into every record it saves. */
  deviceId?: string;
}): Promise<OpenVault> {
  const { paths, header, dataKey } = options;
  const cipher = createRecordCipher(dataKey);
  const auditSecret = auditKey(dataKey);
  const writer = options.writer ?? writeFileAtomic;
  const audit = new AuditTrail(paths.audit, options.deviceId, auditSecret, writer, options.pending);
  // While read-only every record and cache write first retries the waiting audit events and is
  // refused (without touching the record) if the disk still cannot take them.
  const guarded: AtomicWriter = async (dir, name, bytes) => {
    await audit.ensureWritable();
    return writer(dir, name, bytes);
  };
  const store = new RecordStore(paths.records, cipher, guarded, options.deviceId);
  // The encrypted caches (summaries, the stored search index) are this computer's own and live
  // in its data folder, never in the vault folder (which another computer may keep in step);
  // they only speed up the next unlock.
  const cacheDir = paths.localCache;
  await moveLegacyCache(paths);
  await ensureDir(cacheDir);
  const cache = { dir: cacheDir, codec: cipher, writer: guarded };
  // The summary cache is decrypted on a helper thread (asked first: it is needed first) and every
  // record file is listed and stat'ed on the helpers while this thread opens the audit trail; a
  // failed scan is done again here, while loading.
  const summaries = readSummaryCache(cache);
  const scans = new Map(
    Object.keys(options.kinds).map((kind) => [kind, store.scan(kind).catch(() => null)] as const),
  );
  await audit.open();
  await store.open(Object.keys(options.kinds));
  const index = new RecordIndex(store, options.kinds, cache);
  const unreadable = await index.load({ scans, summaries });
  const setAside = await quarantineRecords(
    paths.quarantine,
    unreadable,
    paths.shared ? 'copy' : 'move',
  );
  const quarantinedNow = unreadable.map(({ kind, id }) => ({ kind, id }));
  for (const { kind, id } of setAside) {
    await audit.append({
      at: options.now().toISOString(),
      type: 'record-quarantined',
      recordKind: kind,
      recordId: id,
    });
  }
  return {
    header,
    dataKey,
    store,
    index,
    audit,
    cacheDir,
    codec: cipher,
    writer: guarded,
    deviceId: options.deviceId,
    quarantinedNow,
    close() {
      index.clear();
      dataKey.fill(0);
      auditSecret.fill(0);
    },
  };
}

/** Appends an audit event stamped with the current time (it waits in memory while the disk cannot take it). */
export function auditNow(
  vault: OpenVault,
  now: () => Date,
  event: Omit<NewAuditEvent, 'at'>,
): Promise<void> {
  return vault.audit.append({ ...event, at: now().toISOString() } as NewAuditEvent);
}

/**
 * Records an opening, after a summary of the failed attempts before it. On a full or read-only
 * disk both wait in memory (the vault opens read-only); the failures are forgotten only once the
 * summary is on disk, and handed back if it is given up.
 */
export async function auditOpened(
  vault: OpenVault,
  throttle: UnlockThrottle,
  now: () => Date,
  event: Omit<NewAuditEvent, 'at'>,
): Promise<void> {
  await throttle.ready();
  const failed = throttle.handOver();
  if (failed.count > 0) {
    const at = new Date(failed.firstAt ?? now().getTime()).toISOString();
    await vault.audit.append(
      { at, type: 'unlock-failed', count: failed.count },
      { written: () => void throttle.recorded(failed), dropped: () => throttle.takeBack(failed) },
    );
  }
  await auditNow(vault, now, event);
}
