import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { BackupProgress } from '../../../core/vault/vault-schemas';
import { GOOD_PASSPHRASE, harness, listFiles, snapshot, tempDataDir, unwrap } from './helpers';

async function filledVault(onProgress?: (p: BackupProgress) => void) {
  const h = await harness(onProgress ? { onProgress } : {});
  const { recoveryKey } = await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  for (const displayName of [
    'Zoë Ørsted',
    'Ελπίδα Παπαδοπούλου',
    '王小明',
    'محمد الأحمد',
    'דנה לוי',
  ]) {
    const client = await h.call('clients.create', {
      displayName,
      recordCode: 'RC-93817',
      notes: 'sleeps better since March',
    });
    const session = await h.call('sessions.create', { clientId: client.id });
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [
        { op: 'answer', itemId: 'what-helped', answer: { text: `${displayName}: it helped` } },
        { op: 'answer', itemId: 'opening-feelings', answer: { covered: true } },
      ],
    });
  }
  return { h, recoveryKey };
}

async function recordFiles(dataDir: string) {
  const dir = join(dataDir, 'vault', 'records');
  const map = new Map<string, string>();
  for (const f of await listFiles(dir))
    map.set(f.slice(dir.length), (await readFile(f)).toString('base64'));
  return map;
}

test('backup → delete the data folder → restore: identical records, unlocked, audit continues', async () => {
  const progress: BackupProgress[] = [];
  const { h } = await filledVault((p) => progress.push(p));
  const before = await h.call('clients.list');
  const filesBefore = await recordFiles(h.dataDir);
  const target = join(await tempDataDir(), 'practice.csbackup');
  const exported = await h.exportTo(target);
  expect(exported).toMatchObject({ saved: true, records: 10, fileName: 'practice.csbackup' });
  expect(progress.at(-1)).toMatchObject({ operation: 'export', phase: 'done' });
  expect(await h.call('backup.progress')).toMatchObject({ operation: 'export', phase: 'done' });

  await h.call('vault.lock');
  await rm(h.dataDir, { recursive: true, force: true });

  const fresh = await harness({ dataDir: h.dataDir });
  expect((await fresh.call('vault.status')).state).toBe('absent');
  const restored = await unwrap(fresh.restoreFrom(target, { passphrase: GOOD_PASSPHRASE }));
  expect(restored).toEqual({ records: 10, previousFolder: null });
  expect((await fresh.call('vault.status')).state).toBe('unlocked');
  expect(await fresh.call('clients.list')).toEqual(before);
  expect(await recordFiles(h.dataDir)).toEqual(filesBefore);
  for (const o of before) {
    const id = o.documents[0]!.id;
    expect((await fresh.call('sessions.get', { id })).content.answers['what-helped']?.text).toBe(
      `${o.client.displayName}: it helped`,
    );
  }
  const audit = await fresh.call('audit.verify');
  expect(audit.ok).toBe(true);
  expect((await fresh.call('audit.list', { limit: 1 })).map((e) => e.type)).toEqual([
    'backup-restored',
  ]);
  await fresh.call('vault.lock');
  await fresh.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
});

test('restore with the recovery key keeps the previous data as a dated folder', async () => {
  const { h, recoveryKey } = await filledVault();
  const target = join(await tempDataDir(), 'b.csbackup');
  await h.exportTo(target);
  await h.call('clients.create', { displayName: 'added after the backup' });
  const restored = await unwrap(h.restoreFrom(target, { recoveryKey: recoveryKey.toLowerCase() }));
  expect(restored.previousFolder).toMatch(/^vault\.previous-\d{8}-\d{6}$/);
  expect((await h.call('clients.list')).map((o) => o.client.displayName)).not.toContain(
    'added after the backup',
  );
  expect((await h.call('vault.status')).previousDataKept).toBe(true);
  expect(await readdir(join(h.dataDir, restored.previousFolder!))).toContain('vault.json');
});

test('a backup with one altered byte is refused and nothing is replaced', async () => {
  const { h } = await filledVault();
  const target = join(await tempDataDir(), 'b.csbackup');
  await h.exportTo(target);
  const original = await readFile(target);
  await h.call('clients.create', { displayName: 'only in the live vault' });
  await h.call('vault.lock');
  const live = await snapshot(h.dataDir);
  const positions = [
    12,
    40,
    Math.floor(original.length / 3),
    Math.floor(original.length / 2),
    original.length - 30,
    original.length - 1,
  ];
  for (const at of positions) {
    const altered = Buffer.from(original);
    altered[at] = (altered[at] as number) ^ 0x04;
    await writeFile(target, altered);
    const result = await h.restoreFrom(target, { passphrase: GOOD_PASSPHRASE });
    expect(result.ok, `byte ${at}`).toBe(false);
    expect(await snapshot(h.dataDir)).toEqual(live);
  }
  await writeFile(target, original.subarray(0, original.length - 40));
  expect((await h.restoreFrom(target, { passphrase: GOOD_PASSPHRASE })).ok).toBe(false);
  await writeFile(target, Buffer.concat([original, Buffer.from([0])]));
  expect((await h.restoreFrom(target, { passphrase: GOOD_PASSPHRASE })).ok).toBe(false);
  expect(await snapshot(h.dataDir)).toEqual(live);
  expect(await h.call('backup.progress')).toMatchObject({ phase: 'failed' });
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect((await h.call('clients.list')).map((o) => o.client.displayName)).toContain(
    'only in the live vault',
  );
});

test('a wrong secret or a missing file is refused clearly', async () => {
  const { h } = await filledVault();
  const target = join(await tempDataDir(), 'b.csbackup');
  await h.exportTo(target);
  expect(await h.restoreFrom(target, { passphrase: 'not the passphrase at all' })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  expect(await h.restoreFrom(`${target}.nope`, { passphrase: GOOD_PASSPHRASE })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  });
  expect(await h.restoreFrom('relative/path', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  h.choose(join(await tempDataDir(), 'no', 'such', 'folder', 'b.csbackup'));
  expect(await h.raw('backup.export', {})).toMatchObject({ ok: false, error: { code: 'io' } });
});

test('a restore interrupted before the swap is discarded; one interrupted after verification is finished', async () => {
  const { h } = await filledVault();
  const target = join(await tempDataDir(), 'b.csbackup');
  await h.exportTo(target);
  const names = (await h.call('clients.list')).map((o) => o.client.displayName).sort();
  await h.call('vault.lock');
  // Incomplete: no marker → removed at the next unlock, live vault untouched.
  await mkdir(join(h.dataDir, 'vault.incoming', 'records'), { recursive: true });
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect(await readdir(h.dataDir)).not.toContain('vault.incoming');
  // Complete (verified, marked) but not yet swapped → swapped in at the next unlock.
  await h.call('vault.lock');
  await cp(join(h.dataDir, 'vault'), join(h.dataDir, 'vault.incoming'), { recursive: true });
  await writeFile(join(h.dataDir, 'vault.incoming', '.complete'), 'ok');
  await rm(join(h.dataDir, 'vault'), { recursive: true });
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect((await h.call('clients.list')).map((o) => o.client.displayName).sort()).toEqual(names);
  expect(await readdir(join(h.dataDir, 'vault'))).not.toContain('.complete');
});

test('a cancelled dialog writes nothing and restores nothing; the renderer cannot send a path', async () => {
  const { h } = await filledVault();
  h.choose(null);
  expect(await h.call('backup.export', {})).toEqual({ saved: false });
  expect(await h.call('backup.choose', {})).toEqual({ chosen: false });
  expect(await h.raw('backup.restore', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  expect(await h.raw('backup.export', { targetPath: '/tmp/x.csbackup' })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  expect(
    await h.raw('backup.restore', { sourcePath: '/tmp/x', passphrase: GOOD_PASSPHRASE }),
  ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});
