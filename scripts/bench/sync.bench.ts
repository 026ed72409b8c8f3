/**
 * Two computers through two real Syncthing instances on localhost (file watchers on, 1 s delay):
 *
 * - sync_visible_ms: computer A saves (a new client) → computer B, unlocked and watching its copy
 *   of the vault folder, is told the client changed elsewhere and lists it. Median of 5 saves;
 *   `sync_visible_ms_max` beside it. Reported, no budget (it is mostly Syncthing's own delay).
 * Prints `sync_visible_ms: null` with the reason where Syncthing is not installed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Handlers } from '../../core/contract';
import { createHandlers } from '../../electron/services/handlers';
import type { ChangedElsewhere } from '../../electron/services/sync/sync-service';
import { startSyncthingPair } from '../../tests/sync/support/syncthing-pair';
import { syncthingMissingReason } from '../../tests/sync/support/syncthing-node';
import { call, median, progress, report, round } from './bench-utils';

const PASSPHRASE = 'lantern orchard velvet compass 42';
const ROUNDS = 5;
const NAMES = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明', 'Ελπίδα Παπαδοπούλου'];
const SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

/** One computer: its own data folder, the vault in its synced folder, change events recorded. */
async function computer(root: string, name: string, synced: string) {
  /** Client ids reported as changed elsewhere, and who waits for which. */
  const seenIds = new Set<string>();
  const waiters = new Map<string, () => void>();
  let watching: () => void = () => undefined;
  const handlers: Handlers = createHandlers({
    dataDir: await mkdtemp(join(root, `${name}-data-`)),
    scrypt: SCRYPT,
    dialogs: {
      chooseFolder: async () => synced,
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
    },
    onVaultChanged: (event: ChangedElsewhere) => {
      for (const change of event.changes) {
        if (change.kind !== 'client') continue;
        seenIds.add(change.id);
        waiters.get(change.id)?.();
      }
    },
    onWatching: () => watching(),
  });
  await call(handlers, 'vault.chooseFolder');
  await call(handlers, 'vault.useChosenFolder');
  return {
    handlers,
    watched: () => new Promise<void>((resolve) => (watching = resolve)),
    /** Resolves once a change to the client `id` from the other computer has been reported. */
    seen: (id: string) =>
      new Promise<void>((resolve) => {
        if (seenIds.has(id)) resolve();
        else waiters.set(id, resolve);
      }),
  };
}

const missing = syncthingMissingReason();
if (missing) {
  progress(`sync: skipped (${missing})`);
  report({ sync_visible_ms: null, sync_visible_skipped: missing });
} else {
  const root = await mkdtemp(join(tmpdir(), 'cs-bench-sync-'));
  const pair = await startSyncthingPair(root);
  try {
    const a = await computer(root, 'a', pair.folderA);
    await call(a.handlers, 'vault.create', { passphrase: PASSPHRASE });
    await pair.rescan();
    await pair.waitInSync();
    const b = await computer(root, 'b', pair.folderB);
    const watched = b.watched();
    await call(b.handlers, 'vault.unlock', { passphrase: PASSPHRASE });
    await watched;
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const started = performance.now();
      const created = await call(a.handlers, 'clients.create', {
        displayName: NAMES[i % NAMES.length],
      });
      await b.seen(created.id);
      const listed = await call(b.handlers, 'clients.list');
      if (!listed.some((o) => o.client.id === created.id))
        throw new Error('B was told of the change but does not list the client');
      times.push(performance.now() - started);
      progress(`sync: save ${i + 1} visible on B after ${Math.round(times.at(-1) as number)} ms`);
    }
    await call(a.handlers, 'vault.lock', { reason: 'user' });
    await call(b.handlers, 'vault.lock', { reason: 'user' });
    report({
      sync_visible_ms: round(median(times)),
      sync_visible_ms_max: round(Math.max(...times)),
    });
  } finally {
    await pair.stop();
    await rm(root, { recursive: true, force: true });
  }
}
