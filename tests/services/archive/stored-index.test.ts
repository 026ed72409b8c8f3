import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { archiveHarness, buildGate, GOOD_PASSPHRASE } from './archive-helpers';

const WORDS = {
  goal: 'Take the bus to town alone',
  referral: 'Harbourlight Peer Support Collective',
  note: 'Talked about the sister.',
  reflection: 'Felt a pull to extend the work.',
};
const NAMES = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי'];

async function seeded() {
  const gate = buildGate();
  const h = await archiveHarness({ archiveBuild: { chunkSize: 1, pause: gate.pause } });
  const made = [];
  for (const name of NAMES) made.push(await h.clientWithSession(name, WORDS));
  await h.call('vault.lock', { reason: 'user' });
  const file = join(h.dataDir, 'local-cache', 'archive.rec');
  return { h, gate, made, file };
}

test('the index is stored encrypted at lock and loaded at unlock: searchable at once, nothing re-read', async () => {
  const { h, gate, file } = await seeded();
  const bytes = await readFile(file);
  for (const text of [...NAMES, 'Harbourlight', 'sister'])
    expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false);

  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  const found = await h.call('archive.search', { text: 'zoe' });
  expect(found.hits.map((x) => x.clientName.text)).toEqual(['Zoë Ørsted']);
  expect(found.progress).toEqual({ state: 'ready', indexed: 3, total: 3 });
  expect(gate.paused).toBe(0);
});

test('documents whose records changed since the stored copy are re-read, the rest is loaded', async () => {
  const { h, gate, made, file } = await seeded();
  await copyFile(file, `${file}.older`);
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  const target = made[1]!.session;
  const current = await h.call('sessions.get', { id: target.id });
  await h.call('sessions.update', {
    id: target.id,
    expectedRev: current.rev,
    changes: [
      { op: 'answer', itemId: 'closing-note', answer: { text: 'Quince jam in the autumn.' } },
    ],
  });
  await h.call('vault.lock', { reason: 'user' });
  await copyFile(`${file}.older`, file);

  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  await expect.poll(() => gate.paused).toBe(1);
  const during = await h.call('archive.search', { text: '' });
  expect(during.total).toBe(3);
  expect(during.progress).toMatchObject({ state: 'building', total: 1 });
  gate.open();
  await expect.poll(async () => (await h.call('archive.progress', {})).state).toBe('ready');
  expect((await h.call('archive.search', { text: 'quince' })).hits.map((x) => x.sessionId)).toEqual(
    [target.id],
  );
  expect((await h.call('archive.search', { text: '' })).total).toBe(3);
});

test.each([
  [
    'a flipped byte',
    (b: Buffer) => Buffer.from(b.map((x, i) => (i === b.length - 20 ? x ^ 1 : x))),
  ],
  ['a cut-off file', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
  ['garbage', () => Buffer.from('not an index at all')],
])(
  'a damaged stored index (%s) is rebuilt in the background; unlock and the records are untouched',
  async (_name, damage) => {
    const { h, gate, file } = await seeded();
    await writeFile(file, damage(await readFile(file)));
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    await expect.poll(() => gate.paused).toBe(1);
    expect((await h.call('archive.progress', {})).state).toBe('building');
    gate.open();
    await expect.poll(async () => (await h.call('archive.progress', {})).state).toBe('ready');
    expect((await h.call('archive.search', { text: 'harbourlight' })).total).toBe(3);
    expect((await h.call('clients.list', {})).length).toBe(3);
  },
);
