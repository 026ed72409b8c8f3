import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { diskRefusal, writeFileAtomic } from '../../../electron/services/store/atomic-write';
import { AuditLog, auditKey } from '../../../electron/services/vault/audit-log';
import { PendingAudit, readOnlyError } from '../../../electron/services/vault/pending-audit';
import { tempDataDir } from './helpers';

test('file-system failures are sorted into "disk full", "read-only" and everything else', () => {
  const fault = (code: string) => Object.assign(new Error(code), { code });
  expect(['ENOSPC', 'EDQUOT'].map((c) => diskRefusal(fault(c)))).toEqual(['full', 'full']);
  expect(['EROFS', 'EACCES', 'EPERM'].map((c) => diskRefusal(fault(c)))).toEqual([
    'read-only',
    'read-only',
    'read-only',
  ]);
  expect(['EIO', 'ENOENT', 'io'].map((c) => diskRefusal(fault(c)))).toEqual([null, null, null]);
  expect(diskRefusal(new Error('no code'))).toBeNull();
  expect(diskRefusal(null)).toBeNull();
  expect(readOnlyError('full')).toMatchObject({
    code: 'io',
    message: expect.stringMatching(/disk is full.*Try again/),
  });
  expect(readOnlyError('read-only').message).toMatch(/cannot be written to/);
});

test('beyond the limit events are counted, and written as one "events-not-recorded" entry after the kept ones', async () => {
  const dir = join(await tempDataDir(), 'audit');
  const disk = { fail: true };
  const writer = async (d: string, name: string, bytes: Uint8Array) => {
    if (disk.fail) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    return writeFileAtomic(d, name, bytes);
  };
  const pending = new PendingAudit(2);
  const seen: (string | null)[] = [];
  pending.onChange((reason) => seen.push(reason));
  pending.onChange(() => {
    throw new Error('a broken listener');
  });
  const log = new AuditLog(dir, auditKey(randomBytes(32)), writer, pending);
  await log.open();
  const at = (minute: number) => `2026-03-01T09:0${minute}:00.000Z`;
  await log.append({ at: at(1), type: 'unlocked' });
  await log.append({
    at: at(2),
    type: 'document-exported',
    recordKind: 'document',
    recordId: 'a'.repeat(32),
  });
  await log.append({ at: at(3), type: 'locked', reason: 'idle' });
  await log.append({ at: at(4), type: 'unlocked' });
  expect(pending).toMatchObject({ reason: 'full', size: 3 });
  expect(await readdir(dir)).toEqual([]);
  await expect(log.ensureWritable()).rejects.toMatchObject({
    code: 'io',
    message: expect.stringMatching(/disk is full/),
  });

  disk.fail = false;
  await log.ensureWritable();
  expect(pending).toMatchObject({ reason: null, size: 0 });
  expect(seen).toEqual(['full', null]);
  const events = await log.list(10);
  expect(events.map((e) => [e.type, e.at, e.count])).toEqual([
    ['events-not-recorded', at(3), 2],
    ['document-exported', at(2), undefined],
    ['unlocked', at(1), undefined],
  ]);
  expect(await log.verify()).toEqual({ ok: true, entries: 3 });
});

test('once events are only counted, later ones join the count until it is written, so the order on disk holds', async () => {
  const dir = join(await tempDataDir(), 'audit');
  const disk = { writesLeft: 0 };
  const writer = async (d: string, name: string, bytes: Uint8Array) => {
    if (disk.writesLeft <= 0) throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
    disk.writesLeft -= 1;
    return writeFileAtomic(d, name, bytes);
  };
  const pending = new PendingAudit(2);
  const log = new AuditLog(dir, auditKey(randomBytes(32)), writer, pending);
  await log.open();
  const at = (minute: number) => `2026-03-01T09:0${minute}:00.000Z`;
  await log.append({ at: at(1), type: 'unlocked' });
  await log.append({ at: at(2), type: 'backup-exported' });
  await log.append({ at: at(3), type: 'locked', reason: 'user' });
  // Room for one entry and its head: the first event is written, then the disk refuses again.
  disk.writesLeft = 2;
  expect(await log.flush()).toBe('read-only');
  await log.append({ at: at(4), type: 'unlocked' });
  expect(pending.size).toBe(2);

  disk.writesLeft = 100;
  expect(await log.flush()).toBeNull();
  expect((await log.list(10)).map((e) => [e.type, e.count])).toEqual([
    ['events-not-recorded', 2],
    ['backup-exported', undefined],
    ['unlocked', undefined],
  ]);
});
