/**
 * The vault header changes on one computer while the other is unlocked (both keep the vault in
 * one folder): the open computer keeps working with the data key it holds, never writes its
 * older header back, and at its next unlock needs the new passphrase; the recovery key still opens.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULT_FOLDER_NAME } from '../../../electron/services/vault/vault-location';
import { GOOD_PASSPHRASE, harness, tempDataDir } from '../vault/helpers';

const NEW_PASSPHRASE = 'harbour lantern meadow 7 quietly';

/** Two computers' services over one chosen folder; A made the vault, both unlocked. */
async function twoComputers() {
  const synced = join(await tempDataDir(), 'Nextcloud');
  await mkdir(synced);
  const a = await harness();
  a.choose(synced);
  await a.call('vault.chooseFolder');
  await a.call('vault.useChosenFolder');
  const { recoveryKey } = await a.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const b = await harness();
  b.choose(synced);
  await b.call('vault.chooseFolder');
  await b.call('vault.useChosenFolder');
  await b.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  return { a, b, recoveryKey, header: join(synced, VAULT_FOLDER_NAME, 'vault.json') };
}

describe('a header change mid-session', () => {
  it('B keeps saving after A changed the passphrase, leaves A’s header alone, then needs the new passphrase', async () => {
    const { a, b, recoveryKey, header } = await twoComputers();
    await a.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: NEW_PASSPHRASE });
    const changed = await readFile(header, 'utf8');

    // B, unlocked before the change, goes on: its saves land and A's header stays as A wrote it.
    const client = await b.call('clients.create', { displayName: 'Ελπίδα Παπαδοπούλου' });
    const session = await b.call('sessions.create', { clientId: client.id });
    await b.call('sessions.update', {
      id: session.id,
      expectedRev: session.rev,
      changes: [{ op: 'answer', itemId: 'what-helped', answer: { text: 'النوم المبكر' } }],
    });
    await b.call('vault.lock', { reason: 'user' });
    expect(await readFile(header, 'utf8')).toBe(changed);

    // B's next unlock: the old passphrase no longer opens, the new one does, and A sees B's work.
    expect((await b.raw('vault.unlock', { passphrase: GOOD_PASSPHRASE })).ok).toBe(false);
    await b.call('vault.unlock', { passphrase: NEW_PASSPHRASE });
    expect(
      (await b.call('sessions.get', { id: session.id })).content.answers['what-helped'],
    ).toEqual({ text: 'النوم المبكر' });
    await a.call('vault.lock', { reason: 'user' });
    await a.call('vault.unlock', { passphrase: NEW_PASSPHRASE });
    expect((await a.call('clients.list')).map((o) => o.client.id)).toContain(client.id);

    // The recovery key made at the start still opens on either computer.
    await b.call('vault.lock', { reason: 'user' });
    await b.call('vault.recover', { recoveryKey, newPassphrase: 'copper thistle willow 19 glow' });
    expect((await b.call('vault.status')).state).toBe('unlocked');
  });

  it('B, unlocked before the change, cannot change the passphrase with the old one (A’s change is never undone)', async () => {
    const { a, b, header } = await twoComputers();
    await a.call('vault.changePassphrase', { current: GOOD_PASSPHRASE, next: NEW_PASSPHRASE });
    const changed = await readFile(header, 'utf8');
    const refused = await b.raw('vault.changePassphrase', {
      current: GOOD_PASSPHRASE,
      next: 'copper thistle willow 19 glow',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readFile(header, 'utf8')).toBe(changed);
  });
});
