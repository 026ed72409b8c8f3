/**
 * Archive lifecycle benchmark with 10,000 sessions, through createHandlers + dispatch:
 *
 * - archive_unlock_ms_10k: `vault.unlock` of a vault holding 10,000 seeded sessions.
 * - archive_first_list_ms_10k: from the start of unlock to the first `archive.search` answer
 *   (an empty query: the list), asked as soon as unlock resolves.
 * - archive_first_list_indexed_10k: how many documents were indexed when that answer came.
 * - archive_first_page_ms_10k: from the start of unlock until the list holds a full first page
 *   (30 documents) — what the clinician sees filling in while "Indexing N of M" runs.
 * - archive_index_ready_ms_10k: from the start of unlock until `archive.progress` says ready
 *   (the background build decrypts every session record and indexes it).
 * - archive_list_before_index_end: true when the first list, and its first full page, answered while indexing was still
 *   running (the "the list is shown before indexing ends"); the run fails otherwise.
 * - archive_search_p50_ms_10k / archive_search_p95_ms_10k: `archive.search` through dispatch
 *   (input parsing included) for 20 queries typed keystroke by keystroke, after the build.
 * Each unlock starts without the stored archive index (removed before it), so these figures are
 * the rebuild path: a first unlock after an update of the index layout, or after the stored copy
 * was damaged. Loading the stored index is archive-100k.bench.ts's unlock_to_search_ms_100k.
 * Median of 3 unlocks for the timings. Seeding (seedArchive, invented data, writes without
 * fsync) is not timed. Details go to stderr; the last stdout line is one JSON object.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedArchive } from '../../electron/services/archive/seed-archive';
import { ARCHIVE_INDEX_FILE } from '../../electron/services/archive/stored-index';
import { vaultPaths } from '../../electron/services/vault/vault-paths';
import { createHandlers } from '../../electron/services/handlers';
import { benchDir, call, median, progress, report, round } from './bench-utils';

const SESSIONS = 10_000;
const PASSPHRASE = 'lantern orchard velvet compass 42';
const QUERIES = [
  'zoe orsted',
  'Orstd',
  'jose',
  '王',
  'דנה',
  'harbourlight',
  'kowalsky',
  'panic attacks',
  'booster session',
  'CS-2019',
  'παπαδοπουλος',
  'иванова',
  'الحسن',
  'bereavement',
  'riverbend psychiatry',
  'lukasz',
  'siobhan',
  'motorway',
  'peer support',
  'countertransference',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const dataDir = benchDir('archive');
progress(
  `archive: seeding ${SESSIONS.toLocaleString('en')} sessions through the handlers (not timed)…`,
);
const seeded = performance.now();
await seedArchive({
  dataDir,
  sessions: SESSIONS,
  seed: 'bench-archive',
  passphrase: PASSPHRASE,
  onProgress: (done) => done % 2500 === 0 && progress(`seeded ${done}`),
});
progress(`archive: seeded in ${Math.round((performance.now() - seeded) / 1000)} s`);

const unlocks: number[] = [];
const firstLists: number[] = [];
const indexedAtFirst: number[] = [];
const ready: number[] = [];
const firstPages: number[] = [];
let listedBeforeEnd = true;
let handlers = createHandlers({ dataDir });
for (let run = 0; run < 3; run += 1) {
  await rm(join(vaultPaths(dataDir).localCache, ARCHIVE_INDEX_FILE), { force: true });
  handlers = createHandlers({ dataDir });
  const start = performance.now();
  await call(handlers, 'vault.unlock', { passphrase: PASSPHRASE });
  unlocks.push(performance.now() - start);
  const first = await call(handlers, 'archive.search', { text: '' });
  firstLists.push(performance.now() - start);
  indexedAtFirst.push(first.progress.indexed);
  if (first.progress.state !== 'building') listedBeforeEnd = false;
  for (;;) {
    const page = await call(handlers, 'archive.search', { text: '' });
    if (page.hits.length >= 30) {
      firstPages.push(performance.now() - start);
      if (page.progress.state !== 'building') listedBeforeEnd = false;
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  for (;;) {
    const p = await call(handlers, 'archive.progress');
    if (p.state === 'ready') {
      if (p.indexed !== SESSIONS) throw new Error(`indexed ${p.indexed} of ${SESSIONS}`);
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  ready.push(performance.now() - start);
  progress(
    `run ${run + 1}: unlock ${Math.round(unlocks.at(-1)!)} ms, first list ${Math.round(firstLists.at(-1)!)} ms (${first.progress.state}, ${first.progress.indexed} indexed), first page ${Math.round(firstPages.at(-1)!)} ms, ready ${Math.round(ready.at(-1)!)} ms`,
  );
  if (run < 2) await call(handlers, 'vault.lock', { reason: 'user' });
}

const times: number[] = [];
for (const query of QUERIES) {
  for (let i = 1; i <= query.length; i += 1) {
    const t = performance.now();
    await call(handlers, 'archive.search', { text: query.slice(0, i) });
    times.push(performance.now() - t);
  }
}
await call(handlers, 'vault.lock', { reason: 'user' });

const firstList = median(firstLists);
const indexReady = median(ready);
listedBeforeEnd =
  listedBeforeEnd &&
  firstLists.every((f, i) => f < (ready[i] as number)) &&
  firstPages.every((f, i) => f < (ready[i] as number));
progress(`archive: list shown before indexing ended: ${listedBeforeEnd ? 'yes' : 'NO'}`);
report(
  {
    archive_unlock_ms_10k: round(median(unlocks)),
    archive_first_list_ms_10k: round(firstList),
    archive_first_list_indexed_10k: median(indexedAtFirst),
    archive_first_page_ms_10k: round(median(firstPages)),
    archive_index_ready_ms_10k: round(indexReady),
    archive_list_before_index_end: listedBeforeEnd,
    archive_search_p50_ms_10k: round(percentile(times, 50)),
    archive_search_p95_ms_10k: round(percentile(times, 95)),
  },
  [['the client list is shown before indexing ends', listedBeforeEnd]],
);
