import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../core/sessions/session';
import { createRecordCipher } from '../../../electron/services/vault/record-cipher';
import { readHeader, unwrapWithPassphrase } from '../../../electron/services/vault/vault-header';
import { sampleChanges, SAMPLE_PROFILE } from '../../core/handout-model/sample-session';
import { GOOD_PASSPHRASE, harness, tempDataDir } from '../vault/helpers';

const OTHER_COMPUTER = 'b'.repeat(32);
const answer = (itemId: string, a: Record<string, unknown>) => ({
  op: 'answer',
  itemId,
  answer: a,
});

/** A vault in a shared folder with one client and one session (draft unless asked). */
async function sharedVault(finalize = false) {
  const folder = join(await tempDataDir(), 'Shared');
  await mkdir(folder);
  const h = await harness();
  h.choose(folder);
  await h.call('vault.chooseFolder');
  await h.call('vault.useChosenFolder');
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
  const client = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
  let session = await h.call('sessions.create', { clientId: client.id });
  session = await h.call('sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: sampleChanges(),
  });
  if (finalize)
    session = await h.call('sessions.finalize', { id: session.id, expectedRev: session.rev });
  const vaultDir = join(folder, 'Closing Session vault');
  const dataKey = await unwrapWithPassphrase((await readHeader(vaultDir))!, GOOD_PASSPHRASE);
  const codec = createRecordCipher(dataKey);
  const sessionsDir = join(vaultDir, 'records', 'session');
  /** Writes "the other computer's" version of the session as a Syncthing conflict copy. */
  async function otherVersion(
    change: (record: SessionRecord) => SessionRecord,
    suffix = '.sync-conflict-20261205-101500-BBBBBBB',
    bytesCut?: number,
  ) {
    const current = codec.decode(
      { kind: 'session', id: session.id },
      await readFile(join(sessionsDir, `${session.id}.rec`)),
    );
    const data = change(structuredClone(current.data as SessionRecord));
    const bytes = codec.encode(
      { kind: 'session', id: session.id },
      { ...current, rev: current.rev + 1, device: OTHER_COMPUTER, data },
    );
    const file = `${session.id}${suffix}.rec`;
    await writeFile(
      join(sessionsDir, file),
      bytesCut === undefined ? bytes : bytes.subarray(0, bytesCut),
    );
    return file;
  }
  return { h, client, session, sessionsDir, otherVersion };
}

describe('versions from two computers: listed, merged section by section, never lost', () => {
  it('a draft changed on both: both are offered, "both" keeps both texts, the copy goes once merged', async () => {
    const { h, session, sessionsDir, otherVersion } = await sharedVault();
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: session.rev,
      changes: [answer('what-helped', { text: 'Walks by the river' })],
    });
    const copy = await otherVersion((r) => {
      r.content.answers['what-helped'] = { text: 'Singing in the choir' };
      r.content.riskConcern = true;
      return r;
    });
    const [listed, ...rest] = await h.call('sync.conflicts');
    expect(rest).toEqual([]);
    expect(listed).toMatchObject({
      kind: 'session',
      id: session.id,
      engine: 'syncthing',
      mine: { thisComputer: true },
      theirs: { thisComputer: false },
    });
    expect(JSON.stringify(listed)).not.toMatch(/Zoë|river|choir/);
    const conflict = await h.call('sync.conflict', { id: session.id });
    expect(conflict.needsReason).toBe(false);
    expect(conflict.sections.filter((s) => s.differs).map((s) => s.sectionId)).toEqual([
      'review-progress',
      '@record',
    ]);
    await h.call('sync.resolve', {
      id: session.id,
      choices: { 'review-progress': 'both', '@record': 'theirs' },
    });
    const merged = await h.call('sessions.get', { id: session.id });
    expect(merged.content.answers['what-helped']?.text).toBe(
      'Walks by the river\n\nSinging in the choir',
    );
    expect(merged.content.riskConcern).toBe(true);
    expect(await readdir(sessionsDir)).not.toContain(copy);
    expect(await h.call('sync.status')).toMatchObject({ conflicts: 0 });
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      type: 'conflict-resolved',
      recordId: session.id,
    });
  });

  it("a copy identical to this computer's version is removed without asking", async () => {
    const { h, sessionsDir, otherVersion } = await sharedVault();
    const copy = await otherVersion((r) => r, ' (Zoë’s conflicted copy 2026-12-05)');
    expect(await h.call('sync.conflicts')).toEqual([]);
    expect(await readdir(sessionsDir)).not.toContain(copy);
  });

  it('a copy still arriving is not offered and not quarantined; once whole it is', async () => {
    const { h, session, otherVersion } = await sharedVault();
    await otherVersion(
      (r) => ({ ...r, content: { ...r.content, riskConcern: true } }),
      '.sync-conflict-20261205-101500-BBBBBBB',
      40,
    );
    expect(await h.call('sync.conflicts')).toEqual([]);
    await h.call('vault.lock', { reason: 'user' });
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('vault.status')).quarantined).toBe(0);
    await otherVersion((r) => ({ ...r, content: { ...r.content, riskConcern: true } }));
    expect((await h.call('sync.conflicts')).map((c) => c.id)).toEqual([session.id]);
  });

  it('a session deleted here but changed on the other computer comes back', async () => {
    const { h, session, sessionsDir, otherVersion } = await sharedVault();
    await otherVersion((r) => ({ ...r, content: { ...r.content, riskConcern: true } }));
    await h.call('vault.lock', { reason: 'user' });
    await rm(join(sessionsDir, `${session.id}.rec`));
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await h.call('sync.conflicts')).toEqual([]);
    expect((await h.call('sessions.get', { id: session.id })).content.riskConcern).toBe(true);
    expect((await readdir(sessionsDir)).filter((n) => n.includes('conflict'))).toEqual([]);
  });

  it('a session finalized here and edited there: keeping the edit is an amendment with a reason', async () => {
    const { h, session, otherVersion } = await sharedVault(true);
    await otherVersion((r) => {
      r.finalization = {
        status: 'draft',
        finalizedAt: null,
        finalizedHash: null,
        contentHash: null,
        amendments: [],
      };
      r.content.answers['what-helped'] = {
        text: 'Writing three lines each evening, and the choir',
      };
      return r;
    });
    const conflict = await h.call('sync.conflict', { id: session.id });
    expect(conflict.needsReason).toBe(true);
    const refused = await h.raw('sync.resolve', {
      id: session.id,
      choices: { 'review-progress': 'theirs' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { reason: expect.any(String) } },
    });
    await h.call('sync.resolve', {
      id: session.id,
      choices: { 'review-progress': 'theirs' },
      reason: 'Added on the laptop during the session',
    });
    const amended = await h.call('sessions.get', { id: session.id });
    expect(amended.status).toBe('finalized');
    expect(amended.finalization.amendments).toHaveLength(1);
    expect(amended.finalization.amendments[0]).toMatchObject({
      reason: 'Added on the laptop during the session',
    });
    expect(await h.call('sessions.verify', { id: session.id })).toBe('verified');
  });

  it('refuses bad input with a clear error', async () => {
    const { h, session } = await sharedVault();
    for (const input of [
      {},
      { id: 'x' },
      { id: session.id, choices: { a: 'neither' } },
      { id: session.id, choices: {}, extra: 1 },
    ]) {
      expect(await h.raw('sync.resolve', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(await h.raw('sync.conflict', { id: session.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
