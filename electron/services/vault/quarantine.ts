/**
 * Quarantine: records that fail authentication or parsing at unlock are set aside
 * (`quarantine/<kind>.<id>.<8 hex>.rec`, still encrypted) so the rest of the vault loads. They
 * can be copied to a folder for support; nothing is decrypted or shown.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuarantineExport, QuarantineReport } from '../../../core/vault/vault-schemas';
import {
  ensureDir,
  ioError,
  renameWithRetry,
  syncDir,
  writeFileAtomic,
} from '../store/atomic-write';
import type { UnreadableRecord } from '../store/record-store';
import { folderStamp } from './vault-paths';

const NAME = /^([a-z][a-z-]{0,30})\.([0-9a-f]{32})\.[0-9a-f]{8}\.rec$/;

/**
 * Sets unreadable records aside in the quarantine folder; resolves to the records newly set
 * aside. `move` (the vault in the data folder) takes the file out of the records; `copy` (a
 * chosen, possibly synced folder) leaves it where it is and keeps a copy named by its content,
 * so the same damaged file is kept once however often it is found, and a move never deletes
 * the record on another computer that may hold it whole.
 */
export async function quarantineRecords(
  quarantineDir: string,
  records: readonly UnreadableRecord[],
  mode: 'move' | 'copy' = 'move',
): Promise<UnreadableRecord[]> {
  if (records.length === 0) return [];
  await ensureDir(quarantineDir);
  const setAside: UnreadableRecord[] = [];
  for (const record of records) {
    try {
      if (mode === 'move') {
        const name = `${record.kind}.${record.id}.${randomBytes(4).toString('hex')}.rec`;
        await renameWithRetry(record.file, join(quarantineDir, name));
        setAside.push(record);
        continue;
      }
      const bytes = await readFile(record.file);
      const stamp = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
      const name = `${record.kind}.${record.id}.${stamp}.rec`;
      const known = await stat(join(quarantineDir, name)).then(
        () => true,
        () => false,
      );
      if (known) continue;
      await writeFileAtomic(quarantineDir, name, bytes);
      setAside.push(record);
    } catch (cause) {
      throw ioError(cause, 'setting an unreadable record aside');
    }
  }
  if (mode === 'move') await syncDir(quarantineDir);
  return setAside;
}

/** Lists what is in quarantine, by address only. */
export async function listQuarantine(quarantineDir: string): Promise<QuarantineReport> {
  const names = await readdir(quarantineDir).catch(() => [] as string[]);
  const items = names.flatMap((name) => {
    const match = NAME.exec(name);
    return match ? [{ kind: match[1] as string, id: match[2] as string }] : [];
  });
  return { count: items.length, items };
}

/** Copies the quarantined files (still encrypted) into a new dated folder inside `targetDir`. */
export async function exportQuarantine(
  quarantineDir: string,
  targetDir: string,
  now: Date,
): Promise<QuarantineExport> {
  const names = (await readdir(quarantineDir).catch(() => [] as string[])).filter((n) =>
    NAME.test(n),
  );
  const folder = join(targetDir, `closing-session-quarantine-${folderStamp(now)}`);
  try {
    await ensureDir(folder);
    for (const name of names) {
      // The folder is flushed once below, after all the files are written.
      await writeFileAtomic(folder, name, await readFile(join(quarantineDir, name)), {
        flush: 'file',
      });
    }
    await syncDir(folder);
  } catch (cause) {
    throw ioError(cause, 'exporting the quarantined records');
  }
  return { count: names.length, folder };
}
