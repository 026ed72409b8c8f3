import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeviceId } from '../../../electron/services/vault/device-id';
import { GOOD_PASSPHRASE, harness } from './helpers';

async function vaultWithEvents() {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  for (const displayName of ['Zoë Ørsted', 'Ελπίδα Παπαδοπούλου', '王小明']) {
    const client = await h.call('clients.create', { displayName });
    await h.call('sessions.create', { clientId: client.id });
  }
  // This computer's own chain (one chain per computer, named by its id).
  const dir = join(h.dataDir, 'vault', 'audit', await loadDeviceId(h.dataDir));
  const entries = (await readdir(dir)).filter((n) => n.endsWith('.aud')).sort();
  return { h, dir, entries };
}

test('events are listed newest first with ids only, and the intact chain verifies', async () => {
  const { h, entries } = await vaultWithEvents();
  expect(entries).toHaveLength(7);
  const events = await h.call('audit.list', { limit: 50 });
  expect(events.map((e) => e.seq)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  expect(events.at(-1)?.type).toBe('vault-created');
  expect(JSON.stringify(events)).not.toMatch(/Zoë|王小明|Ελπίδα/);
  expect(await h.call('audit.list', { limit: 2 })).toHaveLength(2);
  expect(await h.raw('audit.list', { limit: 51 })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  expect(await h.call('audit.verify')).toEqual({ ok: true, entries: 7, chains: 1 });
});

test('an edited entry breaks the chain at that entry', async () => {
  const { h, dir, entries } = await vaultWithEvents();
  const file = join(dir, entries[3]!);
  const bytes = await readFile(file);
  bytes[20] = (bytes[20] as number) ^ 0x80;
  await writeFile(file, bytes);
  expect(await h.call('audit.verify')).toMatchObject({ ok: false, brokenAt: 4 });
});

test('an entry replaced by another, validly encrypted one breaks the chain', async () => {
  const { h, dir, entries } = await vaultWithEvents();
  await writeFile(join(dir, entries[2]!), await readFile(join(dir, entries[4]!)));
  expect(await h.call('audit.verify')).toMatchObject({ ok: false, brokenAt: 3 });
});

test('a deleted middle entry is reported', async () => {
  const { h, dir, entries } = await vaultWithEvents();
  await rm(join(dir, entries[1]!));
  expect(await h.call('audit.verify')).toMatchObject({ ok: false, brokenAt: 2 });
});

test('a deleted last entry is reported, thanks to the anchored head', async () => {
  const { h, dir, entries } = await vaultWithEvents();
  await rm(join(dir, entries.at(-1)!));
  expect(await h.call('audit.verify')).toMatchObject({ ok: false, brokenAt: 7 });
});

test('a deleted or altered head is reported', async () => {
  const { h, dir } = await vaultWithEvents();
  const head = await readFile(join(dir, 'head'));
  head[head.length - 1] = (head[head.length - 1] as number) ^ 1;
  await writeFile(join(dir, 'head'), head);
  expect((await h.call('audit.verify')).ok).toBe(false);
  await rm(join(dir, 'head'));
  expect((await h.call('audit.verify')).ok).toBe(false);
});
