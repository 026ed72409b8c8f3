/**
 * What differs per computer stays on that computer: the caches live in the data folder, never in
 * the vault folder (which a sync engine carries); a record that cannot be read in a chosen folder
 * is copied aside here and left alone there, since a move would delete it on the other computer.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULT_FOLDER_NAME } from '../../../electron/services/vault/vault-location';
import { GOOD_PASSPHRASE, harness, listFiles, tempDataDir } from '../vault/helpers';

const NAMES = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明'];

/** A vault with four clients, moved into a chosen folder and unlocked there. */
async function vaultInChosenFolder() {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const ids: string[] = [];
  for (const displayName of NAMES) ids.push((await h.call('clients.create', { displayName })).id);
  const synced = join(await tempDataDir(), 'Sync');
  await mkdir(synced);
  h.choose(synced);
  await h.call('vault.chooseFolder');
  await h.call('vault.useChosenFolder');
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  return { h, ids, vaultDir: join(synced, VAULT_FOLDER_NAME) };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Flips one byte in the middle of a file. */
async function damage(file: string): Promise<void> {
  const bytes = await readFile(file);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] as number) ^ 0x01;
  await writeFile(file, bytes);
}

describe('device-local state', () => {
  it('keeps the summary cache and the stored search index in the data folder, never in the vault folder', async () => {
    const { h, vaultDir } = await vaultInChosenFolder();
    await h.call('vault.lock');
    const inVault = (await listFiles(vaultDir)).map((f) => f.slice(vaultDir.length));
    // Only the header, the records and the activity chains travel.
    expect(inVault.filter((f) => !/^\/(records|audit)\//.test(f))).toEqual(['/vault.json']);
    expect(inVault.some((f) => f.includes('index-cache') || f.includes('cache'))).toBe(false);
    expect(await readdir(join(h.dataDir, 'local-cache'))).toContain('summaries.rec');
    // The cache still does its job: the next unlock lists every client.
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('clients.list')).length).toBe(NAMES.length);
  });

  it('takes an older version’s cache out of the vault folder: moved for the data folder’s vault, removed from a chosen one', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    await h.call('clients.create', { displayName: NAMES[1] });
    await h.call('vault.lock');
    const legacy = join(h.dataDir, 'vault', 'index-cache');
    await writeFile(join(h.dataDir, 'marker'), '');
    const { rename } = await import('node:fs/promises');
    await rename(join(h.dataDir, 'local-cache'), legacy);
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await exists(legacy)).toBe(false);
    expect(await readdir(join(h.dataDir, 'local-cache'))).toContain('summaries.rec');
    expect((await h.call('clients.list')).map((o) => o.client.displayName)).toEqual([NAMES[1]]);

    const chosen = await vaultInChosenFolder();
    await chosen.h.call('vault.lock');
    await mkdir(join(chosen.vaultDir, 'index-cache'));
    await writeFile(join(chosen.vaultDir, 'index-cache', 'summaries.rec'), 'from an older version');
    await chosen.h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await exists(join(chosen.vaultDir, 'index-cache'))).toBe(false);
    expect((await chosen.h.call('clients.list')).length).toBe(NAMES.length);
  });

  it('in a chosen folder an unreadable record is copied aside once and left in place; once whole again it reads', async () => {
    const { h, ids, vaultDir } = await vaultInChosenFolder();
    await h.call('vault.lock');
    const file = join(vaultDir, 'records', 'client', `${ids[2]}.rec`);
    const whole = await readFile(file);
    await damage(file);
    const damaged = await readFile(file);

    const first = await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(first.quarantined).toBe(1);
    expect(await h.call('vault.quarantine')).toEqual({
      count: 1,
      items: [{ kind: 'client', id: ids[2] }],
    });
    // Left alone in the synced folder (a move would delete it on the other computer)…
    expect(Buffer.compare(await readFile(file), damaged)).toBe(0);
    expect(await exists(join(vaultDir, 'quarantine'))).toBe(false);
    // …copied aside on this computer, and the others load.
    expect(await readdir(join(h.dataDir, 'quarantine'))).toHaveLength(1);
    expect((await h.call('clients.list')).length).toBe(NAMES.length - 1);

    // Found again at the next unlock: kept once, and the activity record says it once.
    await h.call('vault.lock');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await readdir(join(h.dataDir, 'quarantine'))).toHaveLength(1);
    const quarantinedEvents = (await h.call('audit.list', {})).filter(
      (e: { type: string }) => e.type === 'record-quarantined',
    );
    expect(quarantinedEvents).toHaveLength(1);

    // The other computer's whole copy arrives: it reads again.
    await h.call('vault.lock');
    await writeFile(file, whole);
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect((await h.call('clients.list')).map((o) => o.client.displayName).sort()).toEqual(
      [...NAMES].sort(),
    );
  });

  it('only a vault in a chosen folder is watched; the data folder’s own vault is not (no walk over its files at unlock)', async () => {
    let watched = 0;
    let wake: () => void = () => undefined;
    const h = await harness({
      onWatching: () => {
        watched += 1;
        wake();
      },
    });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    await h.call('clients.create', { displayName: NAMES[2] });
    await h.call('vault.lock');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    await h.call('clients.list');
    expect(watched).toBe(0);

    const synced = join(await tempDataDir(), 'Sync');
    await mkdir(synced);
    h.choose(synced);
    await h.call('vault.chooseFolder');
    await h.call('vault.useChosenFolder');
    const ready = new Promise<void>((resolve) => (wake = resolve));
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    await ready;
    expect(watched).toBe(1);
  });

  it('the vault in the data folder still moves an unreadable record into its quarantine', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', { displayName: NAMES[3] });
    await h.call('vault.lock');
    const file = join(h.dataDir, 'vault', 'records', 'client', `${client.id}.rec`);
    await damage(file);
    expect((await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).quarantined).toBe(1);
    expect(await exists(file)).toBe(false);
    expect(await readdir(join(h.dataDir, 'vault', 'quarantine'))).toHaveLength(1);
  });

  it('moving a vault brings its set-aside records into this computer’s quarantine', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', { displayName: NAMES[0] });
    await h.call('clients.create', { displayName: NAMES[1] });
    await h.call('vault.lock');
    await damage(join(h.dataDir, 'vault', 'records', 'client', `${client.id}.rec`));
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    const synced = join(await tempDataDir(), 'OneDrive');
    await mkdir(synced);
    h.choose(synced);
    await h.call('vault.chooseFolder');
    await h.call('vault.useChosenFolder');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await h.call('vault.quarantine')).toEqual({
      count: 1,
      items: [{ kind: 'client', id: client.id }],
    });
    expect(await exists(join(synced, VAULT_FOLDER_NAME, 'quarantine'))).toBe(false);
  });
});
