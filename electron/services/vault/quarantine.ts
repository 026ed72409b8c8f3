/**
 * Quarantine: records that fail authentication or parsing at unlock are moved out of the way
 * (`quarantine/<kind>.<id>.<random>.rec`, still encrypted) so the rest of the vault loads. They
 * can be copied to a folder for support; nothing is decrypted or shown.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
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

/** Moves unreadable records into the quarantine folder; returns how many were moved. */
export async function quarantineRecords(
  quarantineDir: string,
  records: readonly UnreadableRecord[],
): Promise<number> {
  if (records.length === 0) return 0;
  await ensureDir(quarantineDir);
  let moved = 0;
  for (const record of records) {
    const name = `${record.kind}.${record.id}.${randomBytes(4).toString('hex')}.rec`;
    try {
      await renameWithRetry(record.file, join(quarantineDir, name));
      moved += 1;
    } catch (cause) {
      throw ioError(cause, 'moving an unreadable record aside');
    }
  }
  await syncDir(quarantineDir);
  return moved;
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
