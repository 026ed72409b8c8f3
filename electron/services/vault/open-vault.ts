import { join } from 'node:path';
import type { AuditEvent } from '../../../core/vault/vault-schemas';
import { ensureDir } from '../store/atomic-write';
import { RecordIndex, type Summarizer } from '../store/record-index';
import { type AtomicWriter, RecordStore } from '../store/record-store';
import type { NewAuditEvent } from './audit-log';
import { AuditLog, auditKey } from './audit-log';
import { quarantineRecords } from './quarantine';
import { createRecordCipher } from './record-cipher';
import type { VaultHeader } from './vault-header';
import type { VaultPaths } from './vault-paths';

/** Everything that exists only while the vault is unlocked; `close` drops the key and caches. */
export interface OpenVault {
  header: VaultHeader;
  dataKey: Buffer;
  store: RecordStore;
  index: RecordIndex;
  audit: AuditLog;
  /** Records moved to quarantine during this unlock. */
  quarantinedNow: { kind: string; id: string }[];
  close(): void;
}

/**
 * Opens the vault with its data key: prepares folders, removes stale temp files, loads every
 * record into the in-memory index (from the encrypted summary cache where a record file is
 * unchanged; moving unreadable records to quarantine) and opens the audit
 * trail, recording a quarantine event per moved record.
 */
export async function openVault(options: {
  paths: VaultPaths;
  header: VaultHeader;
  dataKey: Buffer;
  kinds: Readonly<Record<string, Summarizer>>;
  writer?: AtomicWriter;
  now: () => Date;
}): Promise<OpenVault> {
  const { paths, header, dataKey } = options;
  const cipher = createRecordCipher(dataKey);
  const store = new RecordStore(paths.records, cipher, options.writer);
  await store.open(Object.keys(options.kinds));
  // The encrypted summary cache lives beside the records, outside `records/` (so backups and
  // record scans never see it); it only speeds up the next unlock.
  const cacheDir = join(paths.vault, 'index-cache');
  await ensureDir(cacheDir);
  const index = new RecordIndex(store, options.kinds, { dir: cacheDir, codec: cipher, ...(options.writer ? { writer: options.writer } : {}) });
  const unreadable = await index.load();
  await quarantineRecords(paths.quarantine, unreadable);
  const auditSecret = auditKey(dataKey);
  const audit = new AuditLog(paths.audit, auditSecret, options.writer);
  await audit.open();
  const quarantinedNow = unreadable.map(({ kind, id }) => ({ kind, id }));
  for (const { kind, id } of quarantinedNow) {
    await audit.append({ at: options.now().toISOString(), type: 'record-quarantined', recordKind: kind, recordId: id });
  }
  return {
    header,
    dataKey,
    store,
    index,
    audit,
    quarantinedNow,
    close() {
      index.clear();
      dataKey.fill(0);
      auditSecret.fill(0);
    },
  };
}

/** Appends an audit event stamped with the current time. */
export function auditNow(vault: OpenVault, now: () => Date, event: Omit<NewAuditEvent, 'at'>): Promise<AuditEvent> {
  return vault.audit.append({ ...event, at: now().toISOString() } as NewAuditEvent);
}
