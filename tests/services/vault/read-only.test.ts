import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/store/atomic-write';
import { FIRST_DELAY_MS } from '../../../electron/services/vault/unlock-throttle';
import { GOOD_PASSPHRASE, harness, manualClock, snapshot, tempDataDir } from './helpers';

/** A writer that fails with `code` (for the files `only` picks) while `state.fail` is set. */
function faultyDisk(code: string, only: (name: string) => boolean = () => true) {
  const state = { fail: false, attempts: 0 };
  const writer = async (dir: string, name: string, bytes: Uint8Array) => {
    if (state.fail && only(name)) {
      state.attempts += 1;
      throw Object.assign(new Error(code), { code });
    }
    return writeFileAtomic(dir, name, bytes);
  };
  return { state, writer };
}

for (const [code, reason, words] of [
  ['ENOSPC', 'full', /because the disk is full/],
  ['EROFS', 'read-only', /folder cannot be written to/],
] as const) {
  test(`${code} at unlock: the vault opens read-only, reads work, changes are refused until the disk takes writes again`, async () => {
    const disk = faultyDisk(code);
    const h = await harness({ writer: disk.writer });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
    const session = await h.call('sessions.create', { clientId: client.id });
    await h.call('vault.lock');

    disk.state.fail = true;
    const opened = await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(opened).toMatchObject({ state: 'unlocked', readOnly: { reason } });
    expect((await h.call('clients.list')).map((o) => o.client.displayName)).toEqual(['Zoë Ørsted']);
    expect((await h.call('sessions.get', { id: session.id })).id).toBe(session.id);

    const records = await snapshot(join(h.dataDir, 'vault', 'records'));
    const attemptsBefore = disk.state.attempts;
    for (const [method, input] of [
      ['clients.create', { displayName: 'Ana Souza' }],
      [
        'sessions.update',
        { id: session.id, expectedRev: 1, changes: [{ op: 'risk', riskConcern: true }] },
      ],
      ['vault.changePassphrase', { current: GOOD_PASSPHRASE, next: 'quiet river saffron lamp 19' }],
    ] as const) {
      const refused = await h.raw(method, input);
      expect(refused, method).toMatchObject({ ok: false, error: { code: 'io' } });
      expect(!refused.ok && refused.error.message).toMatch(words);
      expect(!refused.ok && refused.error.message).toMatch(
        /browse, search, preview and save copies elsewhere/,
      );
      expect(!refused.ok && refused.error.message).not.toMatch(/Ana|Zoë/);
    }
    // Each refusal only retried the waiting audit events; no record file was written or touched.
    expect(disk.state.attempts).toBeGreaterThan(attemptsBefore);
    expect(await snapshot(join(h.dataDir, 'vault', 'records'))).toEqual(records);
    expect((await h.call('audit.list', { limit: 5 })).map((e) => e.type)).toEqual([
      'locked',
      'session-created',
      'client-created',
      'vault-created',
    ]);
    expect(await h.call('vault.retryWrites')).toMatchObject({ readOnly: { reason } });

    // The disk takes writes again: the next change first writes the waiting events, in order.
    disk.state.fail = false;
    const added = await h.call('clients.create', { displayName: 'Ana Souza' });
    expect((await h.call('vault.status')).readOnly).toBeUndefined();
    const events = await h.call('audit.list', { limit: 4 });
    expect(events.map((e) => e.type)).toEqual([
      'client-created',
      'unlocked',
      'locked',
      'session-created',
    ]);
    expect(events[0]?.recordId).toBe(added.id);
    expect(await h.call('audit.verify')).toEqual({ ok: true, entries: 6, chains: 1 });
  });
}

test('a full disk keeps the failed attempts and their delay until the audit trail holds them', async () => {
  const clock = manualClock();
  const disk = faultyDisk('ENOSPC');
  const h = await harness({ writer: disk.writer, now: clock.now });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('vault.lock');
  disk.state.fail = true;
  for (let i = 1; i <= 5; i += 1) {
    expect(await h.raw('vault.unlock', { passphrase: `wrong guess number ${i}` })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    clock.advance(1000);
  }
  const locked = await h.call('vault.status');
  expect(locked.failedAttempts).toBe(5);
  expect(locked.retryAfterMs).toBeGreaterThan(FIRST_DELAY_MS - 10_000);
  expect(await h.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
    ok: false,
    error: { code: 'locked' },
  });

  clock.advance(FIRST_DELAY_MS);
  const opened = await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect(opened).toMatchObject({
    state: 'unlocked',
    readOnly: { reason: 'full' },
    failedAttempts: 5,
  });
  // Lock and unlock again while the disk is still full: the five are reported once, not twice.
  await h.call('vault.lock');
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect((await h.call('vault.status')).failedAttempts).toBe(5);

  disk.state.fail = false;
  const retried = await h.call('vault.retryWrites');
  expect(retried.readOnly).toBeUndefined();
  expect(retried.failedAttempts).toBe(0);
  const events = await h.call('audit.list', { limit: 10 });
  expect(events.map((e) => e.type)).toEqual([
    'unlocked',
    'locked',
    'unlocked',
    'unlock-failed',
    'locked',
    'vault-created',
  ]);
  expect(events.filter((e) => e.type === 'unlock-failed').map((e) => e.count)).toEqual([5]);
  expect(await h.call('audit.verify')).toEqual({ ok: true, entries: 6, chains: 1 });
});

test('an audit write failing for another reason reports it and hands the failed attempts back for the next unlock', async () => {
  const disk = faultyDisk('EIO');
  const h = await harness({ writer: disk.writer });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('vault.lock');
  await h.raw('vault.unlock', { passphrase: 'not the right words at all' });
  await h.raw('vault.unlock', { passphrase: 'still not the right words' });
  disk.state.fail = true;
  const failed = await h.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect(failed).toMatchObject({ ok: false, error: { code: 'io' } });
  expect(!failed.ok && failed.error.message).toMatch(/audit trail \(EIO\)/);
  expect(await h.call('vault.status')).toMatchObject({ state: 'locked', failedAttempts: 2 });

  disk.state.fail = false;
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  const events = await h.call('audit.list', { limit: 3 });
  expect(events.map((e) => [e.type, e.count])).toEqual([
    ['unlocked', undefined],
    ['unlock-failed', 2],
    ['locked', undefined],
  ]);
  expect((await h.call('vault.status')).failedAttempts).toBe(0);
});

test('an entry on disk whose head could not follow: read-only, and the head is written on the next try', async () => {
  const disk = faultyDisk('ENOSPC', (name) => name === 'head');
  const h = await harness({ writer: disk.writer });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('vault.lock');
  disk.state.fail = true;
  expect(await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
    readOnly: { reason: 'full' },
  });
  // The 'unlocked' entry is on disk; the head still names the one before it, which verify accepts.
  expect(await h.call('audit.verify')).toEqual({ ok: true, entries: 3, chains: 1 });
  disk.state.fail = false;
  expect((await h.call('vault.retryWrites')).readOnly).toBeUndefined();
  expect((await h.call('audit.list', { limit: 5 })).map((e) => e.type)).toEqual([
    'unlocked',
    'locked',
    'vault-created',
  ]);
  expect(await h.call('audit.verify')).toEqual({ ok: true, entries: 3, chains: 1 });
});

test('while read-only a backup can still be saved elsewhere, a restore is refused, and the backup event waits', async () => {
  const disk = faultyDisk('EROFS');
  const h = await harness({ writer: disk.writer });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('clients.create', { displayName: 'דנה לוי' });
  await h.call('vault.lock');
  disk.state.fail = true;
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  const target = join(await tempDataDir(), 'copy.csbackup');
  expect(await h.exportTo(target)).toMatchObject({ saved: true, records: 1 });
  expect((await readFile(target)).length).toBeGreaterThan(0);
  const restored = await h.restoreFrom(target, { passphrase: GOOD_PASSPHRASE });
  expect(restored).toMatchObject({ ok: false, error: { code: 'io' } });
  expect(!restored.ok && restored.error.message).toMatch(/open read-only/);
  expect((await h.call('clients.list')).map((o) => o.client.displayName)).toEqual(['דנה לוי']);

  disk.state.fail = false;
  await h.call('vault.retryWrites');
  expect((await h.call('audit.list', { limit: 2 })).map((e) => e.type)).toEqual([
    'backup-exported',
    'unlocked',
  ]);
});

test('while read-only the archive searches, a stored PDF previews and saves elsewhere; making a new one is refused', async () => {
  const disk = faultyDisk('ENOSPC');
  const h = await harness({ writer: disk.writer });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const client = await h.call('clients.create', { displayName: 'José García' });
  const session = await h.call('sessions.create', { clientId: client.id });
  const handout = await h.call('documents.export', { sessionId: session.id, kind: 'handout' });
  await h.call('vault.lock');
  disk.state.fail = true;
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });

  await expect.poll(async () => (await h.call('archive.progress', {})).state).toBe('ready');
  expect(
    (await h.call('archive.search', { text: 'jose garcia' })).hits.map((x) => x.sessionId),
  ).toEqual([session.id]);
  expect(
    (await h.call('documents.getPdf', { documentId: handout.id })).base64.length,
  ).toBeGreaterThan(0);
  h.choose(join(await tempDataDir(), 'handout.pdf'));
  expect(await h.call('documents.saveCopy', { documentId: handout.id })).toMatchObject({
    saved: true,
  });
  const refused = await h.raw('documents.export', {
    sessionId: session.id,
    kind: 'discharge-summary',
  });
  expect(refused).toMatchObject({
    ok: false,
    error: {
      code: 'io',
      message: expect.stringMatching(/open read-only because the disk is full/),
    },
  });
  expect(await h.call('documents.list', { sessionId: session.id })).toHaveLength(1);

  disk.state.fail = false;
  await h.call('vault.retryWrites');
  const events = await h.call('audit.list', { limit: 2 });
  expect(events.map((e) => [e.type, e.recordId])).toEqual([
    ['document-saved', handout.id],
    ['unlocked', undefined],
  ]);
});
