import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { GOOD_PASSPHRASE, harness, tempDataDir } from './helpers';

test('one flipped byte in one record: that record is quarantined, all others load, status and audit say so', async () => {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const names = ['Zoë Ørsted', 'Ελπίδα Παπαδοπούλου', '王小明', 'محمد الأحمد', 'דנה לוי'];
  const clients = [];
  for (const displayName of names) clients.push(await h.call('clients.create', { displayName }));
  await h.call('vault.lock');

  const victim = clients[2]!;
  const file = join(h.dataDir, 'vault', 'records', 'client', `${victim.id}.rec`);
  const bytes = await readFile(file);
  bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] as number) ^ 0x01;
  await writeFile(file, bytes);

  const status = await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect(status.quarantined).toBe(1);
  const listed = (await h.call('clients.list')).map((o) => o.client.displayName).sort();
  expect(listed).toEqual(names.filter((n) => n !== '王小明').sort());
  expect(await h.call('vault.quarantine')).toEqual({
    count: 1,
    items: [{ kind: 'client', id: victim.id }],
  });
  const events = await h.call('audit.list', { limit: 5 });
  expect(events.some((e) => e.type === 'record-quarantined' && e.recordId === victim.id)).toBe(
    true,
  );
  expect((await h.call('vault.status')).quarantined).toBe(1);

  const target = await tempDataDir();
  h.choose(target);
  const exported = await h.call('vault.exportQuarantine', {});
  if (!exported.exported) throw new Error('the export was cancelled');
  expect(exported.count).toBe(1);
  expect(await readdir(exported.folder)).toHaveLength(1);
  expect(exported.folder.startsWith(target)).toBe(true);
});

test('a record moved to another id does not authenticate and is quarantined', async () => {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const a = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
  const b = await h.call('clients.create', { displayName: 'דנה לוי' });
  await h.call('vault.lock');
  const dir = join(h.dataDir, 'vault', 'records', 'client');
  await writeFile(join(dir, `${b.id}.rec`), await readFile(join(dir, `${a.id}.rec`)));
  const status = await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect(status.quarantined).toBe(1);
  expect((await h.call('clients.list')).map((o) => o.client.id)).toEqual([a.id]);
});
