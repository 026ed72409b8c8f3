import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/store/atomic-write';
import { GOOD_PASSPHRASE, harness } from './helpers';

/** One autosave change: the “What helped” text of the Planned ending template. */
function words(text: string) {
  return [{ op: 'answer' as const, itemId: 'what-helped', answer: { text } }];
}

function failing(code: string) {
  const state = { fail: false };
  const writer = async (dir: string, name: string, bytes: Uint8Array) => {
    if (!state.fail) return writeFileAtomic(dir, name, bytes);
    // Simulates the disk filling up part-way: a partial temp file, then the error.
    await writeFile(join(dir, '.tmp-partial'), bytes.subarray(0, 10));
    throw Object.assign(new Error(code), { code });
  };
  return { state, writer };
}

for (const code of ['ENOSPC', 'EROFS']) {
  test(`${code} during a save: clear io error, previous version intact, retry works`, async () => {
    const { state, writer } = failing(code);
    const h = await harness({ writer });
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
    const session = await h.call('sessions.create', { clientId: client.id });
    await h.call('sessions.update', { id: session.id, expectedRev: 1, changes: words('first') });

    state.fail = true;
    const failed = await h.raw('sessions.update', {
      id: session.id,
      expectedRev: 2,
      changes: words('second'),
    });
    expect(failed).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!failed.ok && failed.error.message).toMatch(
      code === 'ENOSPC' ? /disk is full/ : /cannot be written/,
    );
    expect(!failed.ok && failed.error.message).toMatch(/previous version is intact/);
    expect(!failed.ok && failed.error.message).not.toMatch(/Zoë|second/);
    const kept = await h.call('sessions.get', { id: session.id });
    expect(kept).toMatchObject({
      rev: 2,
      content: { answers: { 'what-helped': { text: 'first' } } },
    });

    state.fail = false;
    const retried = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 2,
      changes: words('second'),
    });
    expect(retried.rev).toBe(3);

    await h.call('vault.lock');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(
      (await h.call('sessions.get', { id: session.id })).content.answers['what-helped']?.text,
    ).toBe('second');
    // Stale temp files are gone after open.
    const dir = join(h.dataDir, 'vault', 'records', 'session');
    expect((await readdir(dir)).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });
}

test('a stale save conflicts instead of overwriting', async () => {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const client = await h.call('clients.create', { displayName: '王小明' });
  const session = await h.call('sessions.create', { clientId: client.id });
  await h.call('sessions.update', { id: session.id, expectedRev: 1, changes: words('a') });
  expect(
    await h.raw('sessions.update', { id: session.id, expectedRev: 1, changes: words('b') }),
  ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect(
    await h.raw('sessions.update', { id: 'f'.repeat(32), expectedRev: 1, changes: words('b') }),
  ).toMatchObject({ ok: false, error: { code: 'not-found' } });
});
