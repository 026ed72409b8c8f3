import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecordStem, parseConflictCopy } from '../../core/sync/conflict-copy-name';
import { VAULT_FOLDER_NAME } from '../../electron/services/vault/vault-location';
import { sampleChanges, SAMPLE_PROFILE } from '../core/handout-model/sample-session';
import { GOOD_PASSPHRASE, harness } from '../services/vault/helpers';
import { startSyncthingPair, type SyncthingPair } from './support/syncthing-pair';
import { syncthingMissingReason } from './support/syncthing-node';

const missing = syncthingMissingReason();
const NEW_PASSPHRASE = 'harbour lantern meadow 7 quietly';

/** The app's services on one computer whose vault lives in that computer's synced folder. */
async function computer(syncedFolder: string) {
  const changed: (() => void)[] = [];
  let watching: () => void = () => undefined;
  const h = await harness({
    onVaultChanged: () => changed.splice(0).forEach((wake) => wake()),
    onWatching: () => watching(),
  });
  h.choose(syncedFolder);
  await h.call('vault.chooseFolder');
  await h.call('vault.useChosenFolder');
  return Object.assign(h, {
    /** Resolves at the next change from the other computer. */
    nextChange: () => new Promise<void>((resolve) => changed.push(resolve)),
    /** Unlocks and resolves once the vault folder is watched. */
    async unlockWatching(passphrase: string) {
      const ready = new Promise<void>((resolve) => (watching = resolve));
      await h.call('vault.unlock', { passphrase });
      await ready;
    },
  });
}

describe.skipIf(missing !== undefined)(
  'two computers, one vault, through two real Syncthing instances',
  () => {
    let root: string;
    let pair: SyncthingPair;

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'closing-two-computers-'));
      pair = await startSyncthingPair(root);
    });

    afterAll(async () => {
      await pair?.stop();
      await rm(root, { recursive: true, force: true });
    });

    async function settle() {
      await pair.rescan();
      await pair.waitInSync();
    }

    it('A makes a client and finalizes a session; B opens the same vault and lists both; edits on both sides while apart are both kept; a passphrase change on A is asked for on B', async () => {
      const a = await computer(pair.folderA);
      await a.call('vault.create', { passphrase: GOOD_PASSPHRASE });
      await a.call('settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
      const client = await a.call('clients.create', {
        displayName: 'محمد الأحمد',
        recordCode: 'RC-2001',
      });
      let session = await a.call('sessions.create', { clientId: client.id });
      session = await a.call('sessions.update', {
        id: session.id,
        expectedRev: session.rev,
        changes: sampleChanges(),
      });
      await a.call('sessions.finalize', { id: session.id, expectedRev: session.rev });
      const draft = await a.call('sessions.create', { clientId: client.id });
      await settle();

      const b = await computer(pair.folderB);
      expect((await b.call('vault.status')).state).toBe('locked');
      await b.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
      const listed = await b.call('clients.list');
      expect(listed.map((o) => o.client.displayName)).toEqual(['محمد الأحمد']);
      expect(listed[0]!.documents.map((d) => d.status).sort()).toEqual(['draft', 'finalized']);
      expect(await b.call('audit.verify')).toMatchObject({ ok: true, chains: 2 });

      // While B is open, a client A adds appears on B by itself.
      const arrived = b.nextChange();
      const second = await a.call('clients.create', { displayName: '王小明' });
      await pair.rescan();
      await arrived;
      expect((await b.call('clients.list')).map((o) => o.client.id)).toContain(second.id);
      expect((await b.call('sync.status')).lastChangeElsewhereAt).not.toBeNull();

      // Both edit the same draft while apart: both versions are kept (the engine's conflict copy).
      await pair.pause();
      await a.call('sessions.update', {
        id: draft.id,
        expectedRev: draft.rev,
        changes: [{ op: 'risk', riskConcern: true }],
      });
      await b.call('sessions.update', {
        id: draft.id,
        expectedRev: draft.rev,
        changes: [{ op: 'risk', riskConcern: false }],
      });
      await pair.rescan();
      await pair.resume();
      await settle();
      const sessionFiles = await readdir(
        join(pair.folderB, VAULT_FOLDER_NAME, 'records', 'session'),
      );
      const copies = sessionFiles
        .map((name) => parseConflictCopy(name, '.rec', isRecordStem))
        .filter((copy) => copy !== undefined);
      expect(copies.map((copy) => copy.original)).toEqual([`${draft.id}.rec`]);
      // B's merge screen offers both versions, section by section.
      expect((await b.call('sync.conflicts')).map((c) => c.id)).toEqual([draft.id]);
      const offered = await b.call('sync.conflict', { id: draft.id });
      expect(offered.sections.find((s) => s.sectionId === '@record')?.differs).toBe(true);
      expect([offered.mine.content.riskConcern, offered.theirs.content.riskConcern].sort()).toEqual(
        [false, true],
      );
      await b.call('sync.resolve', { id: draft.id, choices: { '@record': 'both' } });
      expect((await b.call('sessions.get', { id: draft.id })).content.riskConcern).toBe(true);
      expect(await b.call('sync.conflicts')).toEqual([]);
      // The conflict copy is never taken for damage.
      await b.call('vault.lock', { reason: 'user' });
      await b.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
      expect((await b.call('vault.status')).quarantined).toBe(0);
      expect(await b.call('sessions.get', { id: draft.id })).toMatchObject({ id: draft.id });

      // A passphrase change on A: B, at its next unlock, needs the new one.
      await a.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: NEW_PASSPHRASE });
      await settle();
      await b.call('vault.lock', { reason: 'user' });
      expect(await b.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      await b.call('vault.unlock', { passphrase: NEW_PASSPHRASE });
      expect(await b.call('clients.list')).toHaveLength(2);
    });
  },
);
