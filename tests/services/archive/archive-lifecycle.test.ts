import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import type { SessionRecord } from '../../../core/sessions/session';
import {
  ArchiveService,
  REINDEX_DELAY_MS,
} from '../../../electron/services/archive/archive-service';
import type { OpenVault } from '../../../electron/services/vault/open-vault';
import { RECORD_KINDS } from '../../../electron/services/record-kinds';
import { VaultSession } from '../../../electron/services/vault/vault-session';
import { vaultPaths } from '../../../electron/services/vault/vault-paths';
import { FAST_SCRYPT, GOOD_PASSPHRASE, listFiles } from '../vault/helpers';
import { archiveHarness, buildGate } from './archive-helpers';

const ZOE = {
  goal: 'Take the bus to town alone',
  referral: 'Harbourlight Peer Support Collective',
  note: 'Talked about the sister as a key support.',
  reflection: 'Countertransference around rescuing; take to supervision.',
};
const JOSE = {
  goal: 'Sleep at least six hours most nights',
  referral: 'Riverbend Psychiatry',
  note: 'Booster session agreed for the spring.',
  reflection: 'Felt a pull to extend the work.',
};

test('saves are searchable at once: names without accents, a typo, a referral, a record code', async () => {
  const h = await archiveHarness();
  const { session } = await h.clientWithSession('Zoë Ørsted', ZOE, 'CS-2023-014');
  await h.clientWithSession('José García', JOSE);

  const byName = await h.call('archive.search', { text: 'zoe orsted' });
  expect(byName.hits.map((x) => x.clientName.text)).toEqual(['Zoë Ørsted']);
  expect(byName.hits[0]!.clientName.highlights).toEqual([
    { start: 0, end: 3 },
    { start: 4, end: 10 },
  ]);
  expect((await h.call('archive.search', { text: 'Orstd' })).hits.map((x) => x.sessionId)).toEqual([
    session.id,
  ]);
  expect(
    (await h.call('archive.search', { text: 'jose' })).hits.map((x) => x.clientName.text),
  ).toEqual(['José García']);
  const byReferral = await h.call('archive.search', { text: 'harbourlight' });
  expect(byReferral.hits.map((x) => x.sessionId)).toEqual([session.id]);
  expect(byReferral.hits[0]!.snippet).toMatchObject({ source: 'referrals' });
  expect((await h.call('archive.search', { text: 'cs2023014' })).hits).toHaveLength(1);
  expect((await h.call('archive.search', { text: 'nobody-like-this' })).total).toBe(0);
});

test('a word only in the private reflection finds the session, marked private', async () => {
  const h = await archiveHarness();
  await h.clientWithSession('Zoë Ørsted', ZOE);
  const found = await h.call('archive.search', { text: 'countertransference' });
  expect(found.hits).toHaveLength(1);
  expect(found.hits[0]).toMatchObject({
    privateOnly: true,
    snippet: { source: 'privateReflection' },
  });
  const notPrivate = await h.call('archive.search', { text: 'sister' });
  expect(notPrivate.hits[0]).toMatchObject({ privateOnly: false });
});

test('finalize and amend update the index (status, date, text)', async () => {
  const h = await archiveHarness();
  const { session } = await h.clientWithSession('Zoë Ørsted', ZOE);
  await h.call('sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: [
      {
        op: 'answer',
        itemId: 'coping-toolkit',
        answer: { entries: [{ id: 'c1', values: { text: 'slow breathing' } }] },
      },
      {
        op: 'answer',
        itemId: 'warning-signs',
        answer: {
          entries: [{ id: 'w1', values: { sign: 'skipping meals', action: 'call my sister' } }],
        },
      },
      { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
      { op: 'answer', itemId: 'return-policy', answer: { text: 'Welcome back any time.' } },
      { op: 'risk-at-discharge', risk: { date: '2025-05-01', level: 'none', note: '' } },
    ],
  });
  const current = await h.call('sessions.get', { id: session.id });
  const finalized = await h.call('sessions.finalize', { id: session.id, expectedRev: current.rev });
  expect(
    (await h.call('archive.search', { text: '', filters: { status: ['finalized'] } })).total,
  ).toBe(1);
  expect((await h.call('archive.search', { text: '', filters: { status: ['draft'] } })).total).toBe(
    0,
  );

  await h.call('sessions.update', {
    id: session.id,
    expectedRev: finalized.rev,
    changes: [
      { op: 'answer', itemId: 'closing-note', answer: { text: 'Pottery class in the autumn.' } },
    ],
    amendment: { reason: 'Client asked to add this.' },
  });
  expect(
    (await h.call('archive.search', { text: 'pottery' })).hits.map((x) => x.sessionId),
  ).toEqual([session.id]);
  const doc = await h.call('archive.document', { sessionId: session.id });
  expect(doc.client.displayName).toBe('Zoë Ørsted');
  expect(doc.session.finalization.amendments).toHaveLength(1);
});

test('lock drops the index at once; unlock loads the stored copy', async () => {
  const h = await archiveHarness();
  await h.clientWithSession('Zoë Ørsted', ZOE);
  await h.clientWithSession('José García', JOSE);
  await h.call('vault.lock', { reason: 'user' });
  expect(await h.raw('archive.search', { text: 'zoe' })).toMatchObject({
    ok: false,
    error: { code: 'locked' },
  });

  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  const listed = await h.call('archive.search', { text: '' });
  expect(listed.progress.total).toBe(2);
  await expect.poll(async () => (await h.call('archive.progress', {})).state).toBe('ready');
  expect(
    (await h.call('archive.search', { text: 'harbourlight' })).hits.map((x) => x.clientName.text),
  ).toEqual(['Zoë Ørsted']);
  expect(
    (await h.call('archive.search', { text: '', sort: 'name' })).hits.map((x) => x.clientName.text),
  ).toEqual(['José García', 'Zoë Ørsted']);
});

test('the list answers while indexing runs, with "N of M" progress; saves during the build win', async () => {
  const gate = buildGate();
  const h = await archiveHarness({ archiveBuild: { chunkSize: 2, pause: gate.pause } });
  const fruit = ['apricot', 'bramble', 'cider', 'damson', 'elderflower'];
  const made = [];
  for (let i = 0; i < 5; i += 1)
    made.push(
      await h.clientWithSession(`Ελπίδα ${i}`, { ...JOSE, note: `Talked about ${fruit[i]}.` }),
    );
  await h.call('vault.lock', { reason: 'user' });
  await rm(join(h.dataDir, 'local-cache', 'archive.rec')); // no stored index: a full rebuild
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });

  await expect.poll(() => gate.paused).toBe(1);
  const during = await h.call('archive.search', { text: '' });
  expect(during.progress).toEqual({ state: 'building', indexed: 2, total: 5 });
  expect(during.total).toBe(2);

  // A save while the build is paused is indexed at once, and the build's older copy does not replace it.
  const last = made[4]!.session;
  const current = await h.call('sessions.get', { id: last.id });
  await h.call('sessions.update', {
    id: last.id,
    expectedRev: current.rev,
    changes: [{ op: 'answer', itemId: 'feedback-notes', answer: { text: 'marmalade' } }],
  });
  expect((await h.call('archive.search', { text: 'marmalade' })).total).toBe(1);

  gate.open();
  await expect.poll(async () => (await h.call('archive.progress', {})).state).toBe('ready');
  expect((await h.call('archive.search', { text: '' })).total).toBe(5);
  expect((await h.call('archive.search', { text: 'marmalade' })).total).toBe(1);
  expect((await h.call('archive.search', { text: 'elderflower' })).total).toBe(0);
  expect((await h.call('archive.search', { text: 'damson' })).total).toBe(1);
});

test('locking during a paused build cancels it and leaves nothing indexed', async () => {
  const gate = buildGate();
  const h = await archiveHarness({ archiveBuild: { chunkSize: 1, pause: gate.pause } });
  for (let i = 0; i < 3; i += 1) await h.clientWithSession(`Анастасия ${i}`, ZOE);
  await h.call('vault.lock', { reason: 'user' });
  await rm(join(h.dataDir, 'local-cache', 'archive.rec')); // no stored index: a full rebuild
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  await expect.poll(() => gate.paused).toBe(1);
  await h.call('vault.lock', { reason: 'idle' });
  gate.open();
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  await expect.poll(async () => (await h.call('archive.progress', {})).state).toBe('ready');
  expect((await h.call('archive.search', { text: '' })).total).toBe(3);
});

test('filter options and clients without a closing session', async () => {
  const h = await archiveHarness();
  await h.clientWithSession('Zoë Ørsted', ZOE);
  const noSession = await h.call('clients.create', { displayName: 'דנה לוי' });
  const withLetter = await h.call('clients.create', { displayName: 'محمد الأحمد' });
  const letter = await h.call('sessions.create', {
    clientId: withLetter.id,
    kind: 'closure-letter',
  });

  const options = await h.call('archive.filterOptions', {});
  expect(options.kinds.map((k) => k.value).sort()).toEqual(['closing-session', 'closure-letter']);
  expect(options.reasons.map((r) => r.value).sort()).toEqual(['goals-met', 'stopped-attending']);
  const without = await h.call('archive.clientsWithoutEnding', {});
  expect(without.map((c) => [c.client.id, c.closureLetterId])).toEqual(
    expect.arrayContaining([
      [noSession.id, null],
      [withLetter.id, letter.id],
    ]),
  );
  expect(without).toHaveLength(2);
  expect(
    (await h.call('archive.search', { text: '', filters: { kind: ['closure-letter'] } })).hits.map(
      (x) => x.clientName.text,
    ),
  ).toEqual(['محمد الأحمد']);
  expect(
    await h.raw('archive.search', { text: '', filters: { dateFrom: '2024/01/01' } }),
  ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});

test('the index never reaches the disk: no file holds a searched word in plain text', async () => {
  const h = await archiveHarness();
  await h.clientWithSession('Zoë Ørsted', ZOE);
  expect((await h.call('archive.search', { text: 'harbourlight' })).total).toBe(1);
  await h.call('vault.lock', { reason: 'user' });
  for (const file of await listFiles(h.dataDir)) {
    const bytes = await readFile(file);
    expect(bytes.includes(Buffer.from('Harbourlight')), file).toBe(false);
    expect(bytes.includes(Buffer.from('harbourlight')), file).toBe(false);
  }
});

test('saves are queued, not indexed on the save path: a burst is indexed once, before the next read or after a quiet moment', async () => {
  const h = await archiveHarness();
  const { session } = await h.clientWithSession('Zoë Ørsted', ZOE);
  expect((await h.call('archive.search', { text: 'harbourlight' })).total).toBe(1);

  let rev = session.rev;
  for (const word of ['quince', 'rhubarb', 'sorrel']) {
    rev = (
      await h.call('sessions.update', {
        id: session.id,
        expectedRev: rev,
        changes: [{ op: 'answer', itemId: 'feedback-notes', answer: { text: word } }],
      })
    ).rev;
  }
  // Read-your-writes: the next search sees the newest text and none of the older ones.
  expect((await h.call('archive.search', { text: 'sorrel' })).total).toBe(1);
  expect((await h.call('archive.search', { text: 'quince' })).total).toBe(0);

  // Without any read, the queue is applied after a quiet moment: the timer alone flushes it.
  const flushes = vi.spyOn(ArchiveService.prototype, 'flush');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: rev,
      changes: [{ op: 'answer', itemId: 'feedback-notes', answer: { text: 'tarragon' } }],
    });
    expect(flushes).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REINDEX_DELAY_MS - 1);
    expect(flushes).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flushes).toHaveBeenCalledTimes(1);
  } finally {
    vi.useRealTimers();
    flushes.mockRestore();
  }
  expect((await h.call('archive.search', { text: 'tarragon' })).total).toBe(1);
});

test('the service queues saves and applies them on flush; lock drops the queue', async () => {
  const h = await archiveHarness();
  const { session, client } = await h.clientWithSession('Ana Kowalski', ZOE);
  const service = new ArchiveService(
    new VaultSession({
      paths: vaultPaths(h.dataDir),
      kinds: RECORD_KINDS,
      now: () => new Date(),
      scrypt: FAST_SCRYPT,
    }),
  );
  // An open vault with no sessions on disk whose only client is Ana (what the service reads of it).
  service.opened({
    index: { summaries: () => [], count: () => 0, summary: () => client },
    store: {},
  } as unknown as OpenVault);
  await service.whenBuilt();
  service.sessionSaved(session as SessionRecord);
  expect(service.index.has(session.id)).toBe(false);
  service.flush();
  expect(service.index.get(session.id)?.clientDisplayName).toBe('Ana Kowalski');
  service.sessionSaved({ ...(session as SessionRecord), id: 'f'.repeat(32) });
  service.locked();
  service.flush();
  expect(service.index.size).toBe(0);
});
