import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangedElsewhere } from '../../../electron/services/sync/sync-service';
import { GOOD_PASSPHRASE, harness, tempDataDir } from '../vault/helpers';

/** Resolves with the next "changed elsewhere" event a computer is told about. */
function nextChange(
  events: ChangedElsewhere[],
  waiters: (() => void)[],
): Promise<ChangedElsewhere> {
  const seen = events.length;
  return new Promise((resolve) => {
    const check = () => {
      if (events.length > seen) resolve(events[seen]!);
      else waiters.push(check);
    };
    check();
  });
}

/** One computer's services with its vault in `folder`, recording change events. */
async function computer(folder: string) {
  const events: ChangedElsewhere[] = [];
  const waiters: (() => void)[] = [];
  let watching: () => void = () => undefined;
  const h = await harness({
    onVaultChanged: (event) => {
      events.push(event);
      for (const wake of waiters.splice(0)) wake();
    },
    onWatching: () => watching(),
  });
  h.choose(folder);
  await h.call('vault.chooseFolder');
  await h.call('vault.useChosenFolder');
  /** Unlocks (or creates) and resolves once the vault folder is watched. */
  async function open(action: () => Promise<unknown>) {
    const ready = new Promise<void>((resolve) => (watching = resolve));
    await action();
    await ready;
  }
  return { h, events, open, next: () => nextChange(events, waiters) };
}

describe('changes from another computer appear by themselves', () => {
  it("a client made on A shows in B's list while B is unlocked, with an event naming only kind and id", async () => {
    const shared = join(await tempDataDir(), 'Shared');
    await mkdir(shared);
    const a = await computer(shared);
    await a.open(() => a.h.call('vault.create', { passphrase: GOOD_PASSPHRASE }));
    const b = await computer(shared);
    await b.open(() => b.h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE }));
    const told = b.next();
    const made = await a.h.call('clients.create', { displayName: 'Ελπίδα Παπαδοπούλου' });
    const event = await told;
    expect(event.changes).toContainEqual({ kind: 'client', id: made.id, outcome: 'updated' });
    expect(JSON.stringify(event)).not.toMatch(/Ελπίδα/);
    expect((await b.h.call('clients.list')).map((o) => o.client.id)).toEqual([made.id]);
    // A's own saves are not reported back to A as changes from elsewhere.
    expect(a.events.flatMap((e) => e.changes).filter((c) => c.id === made.id)).toEqual([]);
  });

  it('a half-arrived record waits (not quarantined, not listed) and is read once complete', async () => {
    const source = join(await tempDataDir(), 'Source');
    const shared = join(await tempDataDir(), 'Shared');
    await mkdir(source);
    await mkdir(shared);
    const a = await computer(source);
    await a.open(() => a.h.call('vault.create', { passphrase: GOOD_PASSPHRASE }));
    const made = await a.h.call('clients.create', { displayName: '王小明' });
    await a.h.call('vault.lock', { reason: 'user' });
    // B gets the vault without the client's record (as a sync engine would, header first).
    const vaultA = join(source, 'Closing Session vault');
    const vaultB = join(shared, 'Closing Session vault');
    await mkdir(join(vaultB, 'records', 'client'), { recursive: true });
    await copyFile(join(vaultA, 'vault.json'), join(vaultB, 'vault.json'));
    const b = await computer(shared);
    await b.open(() => b.h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE }));
    const file = `${made.id}.rec`;
    const bytes = await readFile(join(vaultA, 'records', 'client', file));
    await writeFile(join(vaultB, 'records', 'client', file), bytes.subarray(0, bytes.length >> 1));
    const told = b.next();
    // The rest arrives: the engine writes the whole file.
    await writeFile(join(vaultB, 'records', 'client', file), bytes);
    const event = await told;
    expect(event.changes).toEqual([{ kind: 'client', id: made.id, outcome: 'updated' }]);
    expect((await b.h.call('clients.list')).map((o) => o.client.displayName)).toEqual(['王小明']);
    expect((await b.h.call('vault.status')).quarantined).toBe(0);
    expect(await readdir(join(vaultB, 'records', 'client'))).toEqual([file]);
  });
});
