import { expect, test } from 'vitest';
import type { Client } from '../../../core/clients/client';
import type { SessionRecord } from '../../../core/sessions/session';
import { DEFAULT_RETURN_POLICY } from '../../../core/settings/settings-schema';
import { seedArchive } from '../../../electron/services/archive/seed-archive';
import { sessionSearchDocument } from '../../../core/search';
import { FAST_SCRYPT, harness, tempDataDir } from '../vault/helpers';
import { archiveHarness, GOOD_PASSPHRASE, sessionChanges } from './archive-helpers';

test('sessionSearchDocument: groups by item, keeps private items apart, names the reason', async () => {
  const h = await archiveHarness();
  const { session, client } = await h.clientWithSession('王小明', {
    goal: 'Speak up in team meetings',
    referral: 'Harbourlight Peer Support Collective',
    note: 'Client named humour as a strength.',
    reflection: 'Noticed my own sadness at this ending.',
  });
  const doc = sessionSearchDocument(session as SessionRecord, client as Client);
  expect(doc).toMatchObject({
    sessionId: session.id,
    clientDisplayName: '王小明',
    kind: 'closing-session',
    status: 'draft',
    templateId: 'planned-ending',
    reasonCode: 'goals-met',
    reasonText: 'Goals met',
    goals: ['Speak up in team meetings'],
    referrals: [{ name: 'Harbourlight Peer Support Collective', kind: 'Peer support group' }],
    // Feedback and repair notes are clinician-only; the return policy is the practice's
    // standard wording (the Settings default), the same for every client, so it is not searched.
    notes: [],
    clinicianNotes: ['Client named humour as a strength.'],
    privateReflection: ['Noticed my own sadness at this ending.'],
  });
  expect(JSON.stringify([doc.goals, doc.notes, doc.plan, doc.achievements])).not.toContain(
    'sadness',
  );
  expect(JSON.stringify(doc)).not.toContain(DEFAULT_RETURN_POLICY);
  expect(doc.date).toBe(session.createdAt);
});

test('seedArchive writes invented clients and documents as real encrypted records and stores the archive index; search finds the showcase clients at once', async () => {
  const dataDir = await tempDataDir();
  const seen: number[] = [];
  const outcome = await seedArchive({
    dataDir,
    sessions: 40,
    seed: 'test',
    passphrase: GOOD_PASSPHRASE,
    deps: { scrypt: FAST_SCRYPT },
    onProgress: (done) => seen.push(done),
  });
  expect(outcome.sessions).toBe(40);
  expect(outcome.finalized).toBeGreaterThan(20);
  expect(outcome.finalized).toBeLessThan(40);
  expect(seen.at(-1)).toBe(40);

  const h = await harness({ dataDir });
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  // The index the seeder stored is loaded, not rebuilt: complete on the first answer.
  expect((await h.call('archive.search', { text: '' })).progress).toEqual({
    state: 'ready',
    indexed: 40,
    total: 40,
  });
  expect((await h.call('archive.search', { text: '' })).total).toBe(40);
  // The records are the real thing: they open, verify and finalize-check like typed ones.
  const first = (await h.call('archive.search', { text: '', filters: { status: ['finalized'] } }))
    .hits[0]!;
  expect(await h.call('sessions.verify', { id: first.sessionId })).toBe('verified');
  for (const [query, name] of [
    ['zoe orsted', 'Zoë Ørsted'],
    ['Orstd', 'Zoë Ørsted'],
    ['jose', 'José García'],
    ['王', '王小明'],
    ['דנה', 'דנה לוי'],
    ['harbourlight', 'Ana Kowalski'],
  ]) {
    const found = await h.call('archive.search', { text: query! });
    expect(
      found.hits.map((x) => x.clientName.text),
      query,
    ).toContain(name);
  }
  const clients = await h.call('clients.list', {});
  expect(clients.length).toBe(outcome.clients);
  const finalized = await h.call('archive.search', {
    text: '',
    filters: { status: ['finalized'] },
  });
  expect(finalized.total).toBe(outcome.finalized);
  const dates = (await h.call('archive.search', { text: '', sort: 'date', limit: 200 })).hits.map(
    (x) => x.date.slice(0, 4),
  );
  expect(new Set(dates).size).toBeGreaterThan(3);
});

test('seed content passes the same checks as typed content (finalize accepted the seeded sessions)', async () => {
  const h = await archiveHarness();
  const client = await h.call('clients.create', { displayName: 'Ana Kowalski' });
  const created = await h.call('sessions.create', { clientId: client.id });
  const changes = sessionChanges({ goal: 'g', referral: 'r', note: 'n', reflection: 'p' });
  await expect(
    h.call('sessions.update', { id: created.id, expectedRev: created.rev, changes }),
  ).resolves.toMatchObject({ rev: created.rev + 1 });
});
