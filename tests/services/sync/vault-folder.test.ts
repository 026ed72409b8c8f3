import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  VAULT_FOLDER_NAME,
  VAULT_LOCATION_FILE,
  readVaultLocation,
} from '../../../electron/services/vault/vault-location';
import { GOOD_PASSPHRASE, harness, tempDataDir } from '../vault/helpers';

async function vaultWithClients() {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  for (const displayName of ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明']) {
    await h.call('clients.create', { displayName });
  }
  return h;
}

describe('keeping the vault in a folder the clinician chooses', () => {
  it('moves the vault: copied, switched, locked; the passphrase opens it there; the old folder is kept aside', async () => {
    const h = await vaultWithClients();
    const synced = join(await tempDataDir(), 'Sync folder');
    await mkdir(synced);
    h.choose(synced);
    const chosen = await h.call('vault.chooseFolder');
    expect(chosen).toEqual({
      chosen: true,
      folder: join(synced, VAULT_FOLDER_NAME),
      holdsVault: false,
    });
    const status = await h.call('vault.useChosenFolder');
    expect(status.state).toBe('locked');
    expect(await h.call('vault.folder')).toEqual({
      folder: join(synced, VAULT_FOLDER_NAME),
      isDefault: false,
    });
    expect(readVaultLocation(h.dataDir)).toEqual({
      kind: 'chosen',
      vaultDir: join(synced, VAULT_FOLDER_NAME),
    });
    // The old folder is kept beside itself, not deleted; nothing is live at the old place.
    const names = await readdir(h.dataDir);
    expect(names).not.toContain('vault');
    expect(names.some((n) => n.startsWith('vault.previous-'))).toBe(true);
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    const clients = await h.call('clients.list');
    expect(clients.map((c) => c.client.displayName).sort()).toEqual(
      ['Zoë Ørsted', 'דנה לוי', 'محمد الأحمد', '王小明'].sort(),
    );
    // New records land in the new folder.
    await h.call('clients.create', { displayName: 'Siobhán O’Brien' });
    expect(await readdir(join(synced, VAULT_FOLDER_NAME, 'records', 'client'))).toHaveLength(5);
    expect(await h.call('audit.verify')).toMatchObject({ ok: true });
  });

  it('a second computer opens the vault already in the folder with the passphrase', async () => {
    const first = await vaultWithClients();
    const synced = join(await tempDataDir(), 'Dropbox');
    await mkdir(synced);
    first.choose(synced);
    await first.call('vault.chooseFolder');
    await first.call('vault.useChosenFolder');

    const second = await harness();
    expect((await second.call('vault.status')).state).toBe('absent');
    second.choose(synced);
    expect(await second.call('vault.chooseFolder')).toMatchObject({
      chosen: true,
      holdsVault: true,
    });
    expect((await second.call('vault.useChosenFolder')).state).toBe('locked');
    await second.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await second.call('clients.list')).toHaveLength(4);
    // Each computer keeps its own activity chain in the shared folder.
    const chains = await readdir(join(synced, VAULT_FOLDER_NAME, 'audit'));
    expect(chains.filter((n) => /^[0-9a-f]{32}$/.test(n))).toHaveLength(2);
    expect(await second.call('audit.verify')).toMatchObject({ ok: true, chains: 2 });
  });

  it('refuses a folder inside the vault, the same folder, and moving onto another vault', async () => {
    const h = await vaultWithClients();
    h.choose(join(h.dataDir, 'vault'));
    expect(await h.raw('vault.chooseFolder')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    h.choose(join(h.dataDir, 'vault', 'records'));
    await h.call('vault.chooseFolder');
    expect(await h.raw('vault.useChosenFolder')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    // Nothing moved: the vault still opens where it was.
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await h.call('clients.list')).toHaveLength(4);
    expect(await h.raw('vault.useChosenFolder')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    h.choose(null);
    expect(await h.call('vault.chooseFolder')).toEqual({ chosen: false });
  });

  it('a damaged location file is reported and never replaced by a new vault', async () => {
    for (const damaged of ['{', '{"vaultDir":"relative/path"}', '{"vaultDir":42}', '[]']) {
      const dataDir = await tempDataDir();
      await writeFile(join(dataDir, VAULT_LOCATION_FILE), damaged);
      const h = await harness({ dataDir });
      expect((await h.call('vault.folder')).problem).toBeDefined();
      const created = await h.raw('vault.create', { passphrase: GOOD_PASSPHRASE });
      expect(created).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!created.ok && created.error.message).toMatch(/vault-location\.json/);
      expect(await readFile(join(dataDir, VAULT_LOCATION_FILE), 'utf8')).toBe(damaged);
    }
  });
});
