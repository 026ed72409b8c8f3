import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, auditKey } from '../../../electron/services/vault/audit-log';
import { AuditTrail } from '../../../electron/services/vault/audit-trail';
import { backupFileList, isBackupPath } from '../../../electron/services/vault/backup-export';
import { vaultPaths } from '../../../electron/services/vault/vault-paths';
import { tempDataDir } from '../vault/helpers';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const at = (minute: number) => `2026-12-05T10:${String(minute).padStart(2, '0')}:00.000Z`;

async function twoComputers() {
  const root = join(await tempDataDir(), 'vault', 'audit');
  const key = auditKey(randomBytes(32));
  const onA = new AuditTrail(root, A, key);
  const onB = new AuditTrail(root, B, key);
  await onA.open();
  await onB.open();
  // Interleaved in time, each computer appending to its own chain only.
  await onA.append({ at: at(1), type: 'vault-created' });
  await onB.append({ at: at(2), type: 'unlocked' });
  await onA.append({ at: at(3), type: 'locked', reason: 'user' });
  await onB.append({ at: at(4), type: 'locked', reason: 'idle' });
  await onB.append({ at: at(5), type: 'unlocked' });
  return { root, key, onA, onB };
}

describe('one activity chain per computer', () => {
  it('each computer writes only its own folder, and both see every event, newest first', async () => {
    const { root, onA, onB } = await twoComputers();
    expect((await readdir(root)).sort()).toEqual([A, B]);
    expect((await readdir(join(root, A))).filter((n) => n.endsWith('.aud'))).toHaveLength(2);
    expect((await readdir(join(root, B))).filter((n) => n.endsWith('.aud'))).toHaveLength(3);
    for (const trail of [onA, onB]) {
      expect((await trail.list(10)).map((e) => e.at)).toEqual([at(5), at(4), at(3), at(2), at(1)]);
      expect(await trail.list(2)).toHaveLength(2);
      expect(await trail.verify()).toEqual({ ok: true, entries: 5, chains: 2 });
    }
  });

  it("a change to the other computer's chain is found by the check on this one", async () => {
    const { root, onA } = await twoComputers();
    await rm(join(root, B, '000000000002.aud'));
    expect(await onA.verify()).toMatchObject({ ok: false, brokenAt: 2, chains: 2 });
  });

  it('a vault made before chains were per computer keeps its older chain, still checked', async () => {
    const root = join(await tempDataDir(), 'vault', 'audit');
    const key = auditKey(randomBytes(32));
    const older = new AuditLog(root, key);
    await older.open();
    await older.append({ at: at(0), type: 'vault-created' });
    await older.append({ at: at(1), type: 'unlocked' });
    const trail = new AuditTrail(root, A, key);
    await trail.open();
    await trail.append({ at: at(2), type: 'locked', reason: 'user' });
    expect((await trail.list(10)).map((e) => e.type)).toEqual([
      'locked',
      'unlocked',
      'vault-created',
    ]);
    expect(await trail.verify()).toEqual({ ok: true, entries: 3, chains: 2 });
    const head = join(root, 'head');
    const bytes = await readFile(head);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    await writeFile(head, bytes);
    expect((await trail.verify()).ok).toBe(false);
  });

  it("a backup carries every computer's chain and nothing else from the audit folder", async () => {
    const dataDir = await tempDataDir();
    const paths = vaultPaths(dataDir);
    const key = auditKey(randomBytes(32));
    for (const device of [A, B]) {
      const trail = new AuditTrail(paths.audit, device, key);
      await trail.open();
      await trail.append({ at: at(1), type: 'unlocked' });
    }
    await mkdir(join(paths.audit, 'not-a-computer'), { recursive: true });
    await writeFile(join(paths.audit, 'not-a-computer', '000000000001.aud'), 'x');
    const files = await backupFileList(paths);
    expect(files).toEqual([
      `audit/${A}/000000000001.aud`,
      `audit/${A}/head`,
      `audit/${B}/000000000001.aud`,
      `audit/${B}/head`,
    ]);
    expect(files.every(isBackupPath)).toBe(true);
    for (const bad of [
      `audit/${A}/../x`,
      'audit/not-a-computer/head',
      `audit/${A}/${B}/head`,
      `audit/${A.toUpperCase()}/head`,
    ]) {
      expect(isBackupPath(bad), bad).toBe(false);
    }
  });
});
