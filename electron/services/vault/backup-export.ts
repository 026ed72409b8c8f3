import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupExported, BackupProgress } from '../../../core/vault/vault-schemas';
import { ioError, writeAtomicWith } from '../store/atomic-write';
import type { BackupHeader } from './backup-format';
import { encodeFrame, encodePreamble, frameKey } from './backup-format';
import type { VaultHeader } from './vault-header';
import type { VaultPaths } from './vault-paths';

const RECORD_FILE = /^[0-9a-f]{32}\.rec$/;
const KIND_DIR = /^[a-z][a-z-]{0,30}$/;
const AUDIT_FILE = /^(\d{12}\.aud|head)$/;
/** A computer's own chain folder inside `audit/` (its id). */
const DEVICE_DIR = /^[0-9a-f]{32}$/;

/** Lists the vault files a backup carries, as paths relative to the vault folder. */
export async function backupFileList(paths: VaultPaths): Promise<string[]> {
  const files: string[] = [];
  const kinds = (await readdir(paths.records).catch(() => [] as string[]))
    .filter((k) => KIND_DIR.test(k))
    .sort();
  for (const kind of kinds) {
    const names = (await readdir(join(paths.records, kind)).catch(() => [] as string[]))
      .filter((n) => RECORD_FILE.test(n))
      .sort();
    files.push(...names.map((n) => `records/${kind}/${n}`));
  }
  // The activity record: an older shared chain at `audit/` and one chain per computer below it.
  const auditNames = await readdir(paths.audit, { withFileTypes: true }).catch(() => []);
  for (const entry of [...auditNames].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isFile() && AUDIT_FILE.test(entry.name)) files.push(`audit/${entry.name}`);
    if (entry.isDirectory() && DEVICE_DIR.test(entry.name)) {
      const chain = (await readdir(join(paths.audit, entry.name)).catch(() => [] as string[]))
        .filter((n) => AUDIT_FILE.test(n))
        .sort();
      files.push(...chain.map((n) => `audit/${entry.name}/${n}`));
    }
  }
  return files;
}

/** Tells whether a path from a backup is one the vault layout allows (no traversal, no odd names). */
export function isBackupPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.length === 3 && parts[0] === 'records')
    return KIND_DIR.test(parts[1] as string) && RECORD_FILE.test(parts[2] as string);
  if (parts.length === 3 && parts[0] === 'audit')
    return DEVICE_DIR.test(parts[1] as string) && AUDIT_FILE.test(parts[2] as string);
  return parts.length === 2 && parts[0] === 'audit' && AUDIT_FILE.test(parts[1] as string);
}

/**
 * Writes one encrypted backup file of the whole vault to `targetPath` (atomically, through a
 * temp file next to it), reporting progress per file.
 */
export async function exportBackup(options: {
  paths: VaultPaths;
  vaultHeader: VaultHeader;
  dataKey: Uint8Array;
  targetPath: string;
  now: Date;
  onProgress: (progress: BackupProgress) => void;
}): Promise<BackupExported> {
  const { paths, vaultHeader, dataKey, targetPath, onProgress } = options;
  const files = await backupFileList(paths).catch((cause) => {
    throw ioError(cause, 'reading the vault for the backup');
  });
  const header: BackupHeader = {
    app: 'closing-session-backup',
    format: 1,
    createdAt: options.now.toISOString(),
    salt: randomBytes(32).toString('base64'),
    files: files.length,
    vault: vaultHeader,
  };
  const key = frameKey(dataKey, header);
  const preamble = encodePreamble(header);
  let bytes = 0;
  onProgress({ operation: 'export', phase: 'writing', done: 0, total: files.length });
  try {
    await writeAtomicWith(dirname(targetPath), basename(targetPath), async (file) => {
      const write = async (chunk: Buffer) => {
        await file.write(chunk);
        bytes += chunk.length;
      };
      await write(preamble.bytes);
      for (const [index, path] of files.entries()) {
        const content = await readFile(join(paths.vault, path));
        await write(encodeFrame(key, preamble.hash, index, { path, bytes: content }));
        if (index % 25 === 24 || index === files.length - 1)
          onProgress({
            operation: 'export',
            phase: 'writing',
            done: index + 1,
            total: files.length,
          });
      }
      await write(encodeFrame(key, preamble.hash, files.length, null));
    });
  } catch (cause) {
    key.fill(0);
    throw ioError(cause, 'writing the backup');
  }
  key.fill(0);
  return { records: files.filter((f) => f.startsWith('records/')).length, bytes };
}
