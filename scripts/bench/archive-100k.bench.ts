/**
 * The archive at 100,000 sessions, through createHandlers + dispatch:
 *
 * - seed_sessions_per_s: `npm run seed-demo` (seedArchive: real encrypted records through the
 *   store, one folder flush per batch, the archive index built and stored) over 100,000 sessions,
 *   run as its own process as a clinician would, so the figures below come from a process that has
 *   only unlocked and searched (not one whose heap still carries the seeding).
 * - index_bytes_100k: the stored, encrypted archive index on disk.
 * - unlock_to_search_ms_100k: a fresh process state (new handlers) → `vault.unlock` → the first
 *   `archive.search` answered over the whole archive (the stored index loaded, nothing rebuilt).
 * - index_heap_mb_100k: memory with the vault unlocked and the index loaded, minus memory before
 *   the unlock, each after a full garbage collection: the JS heap plus array buffers (the index
 *   keeps its posting lists and document text in typed arrays, outside the JS heap). It includes
 *   the vault's own summaries of every record, not only the search index.
 * - vault_unlock_ms_100k: the `vault.unlock` call alone (key derivation, record summaries),
 *   the part of unlock_to_search_ms_100k that is not the search index.
 * - search_p95_ms_100k: `archive.search` through dispatch for the project's typo query set typed
 *   keystroke by keystroke.
 * - index_build_ms_100k: the background rebuild when the stored index is missing (unlock → ready).
 * Heavy (minutes): run it alone, on a quiet machine. The last stdout line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { stat, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TYPO_QUERIES } from '../../core/search/synthetic';
import { ARCHIVE_INDEX_FILE } from '../../electron/services/archive/stored-index';
import { createHandlers } from '../../electron/services/handlers';
import { vaultPaths } from '../../electron/services/vault/vault-paths';
import { benchDir, call, progress, report, round } from './bench-utils';

const SESSIONS = Number(process.env.ARCHIVE_BENCH_SESSIONS ?? 100_000);
const PASSPHRASE = 'lantern orchard velvet compass 42';

function gc(): void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function heapMb(): number {
  for (let i = 0; i < 3; i += 1) gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const dataDir = benchDir('archive-100k');
progress(`archive-100k: seeding ${SESSIONS.toLocaleString('en')} sessions (npm run seed-demo)…`);
const seedStart = performance.now();
const seeding = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'scripts/seed-demo.ts',
    ...['--sessions', String(SESSIONS), '--data', dataDir],
    ...['--passphrase', PASSPHRASE, '--seed', 'bench-100k'],
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (seeding.status !== 0) throw new Error(`seed-demo exited with ${seeding.status}`);
const seedMs = performance.now() - seedStart;
const indexFile = join(vaultPaths(dataDir).localCache, ARCHIVE_INDEX_FILE);
const indexBytes = (await stat(indexFile)).size;
progress(
  `archive-100k: seeded in ${Math.round(seedMs / 1000)} s; stored index ${(indexBytes / 2 ** 20).toFixed(1)} MB`,
);

const lockedHeap = heapMb();
let handlers = createHandlers({ dataDir });
const unlockStart = performance.now();
await call(handlers, 'vault.unlock', { passphrase: PASSPHRASE });
const vaultUnlock = performance.now() - unlockStart;
const first = await call(handlers, 'archive.search', { text: 'mensha' });
const unlockToSearch = performance.now() - unlockStart;
const loadedCompletely = first.progress.state === 'ready' && first.progress.indexed === SESSIONS;
progress(
  `unlock ${Math.round(vaultUnlock)} ms → first search ${Math.round(unlockToSearch)} ms (${first.progress.state}, ${first.progress.indexed} indexed, ${first.total} found)`,
);
const indexHeap = heapMb() - lockedHeap;

const times: number[] = [];
for (const { query } of TYPO_QUERIES) {
  const chars = Array.from(query);
  for (let i = 1; i <= chars.length; i += 1) {
    const t = performance.now();
    await call(handlers, 'archive.search', { text: chars.slice(0, i).join('') });
    times.push(performance.now() - t);
  }
}
const p95 = percentile(times, 95);
await call(handlers, 'vault.lock', { reason: 'user' });

await rm(indexFile);
handlers = createHandlers({ dataDir });
const buildStart = performance.now();
await call(handlers, 'vault.unlock', { passphrase: PASSPHRASE });
for (;;) {
  const p = await call(handlers, 'archive.progress');
  if (p.state === 'ready') break;
  await new Promise((r) => setTimeout(r, 50));
}
const buildMs = performance.now() - buildStart;
await call(handlers, 'vault.lock', { reason: 'user' });

const seedRate = SESSIONS / (seedMs / 1000);
report(
  {
    seed_sessions_per_s: Math.round(seedRate),
    index_bytes_100k: indexBytes,
    unlock_to_search_ms_100k: round(unlockToSearch),
    vault_unlock_ms_100k: round(vaultUnlock),
    index_heap_mb_100k: Math.round(indexHeap),
    search_p95_ms_100k: round(p95),
    index_build_ms_100k: Math.round(buildMs),
  },
  [
    ['seed_sessions_per_s >= 500', seedRate >= 500],
    [
      'unlock_to_search_ms_100k <= 3000 (stored index loaded, not rebuilt)',
      unlockToSearch <= 3000 && loadedCompletely,
    ],
    ['index_heap_mb_100k <= 400', indexHeap <= 400],
    ['search_p95_ms_100k <= 50', p95 <= 50],
  ],
);
