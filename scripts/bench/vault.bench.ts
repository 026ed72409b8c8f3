/**
 * unlock_ms: median of 5 unlocks (scrypt N=2^17 included) of a small vault.
 * With 1,000 clients and 10,000 full sessions (each with its template snapshot, ~23 KB):
 * - open_10k_cold_ms: the first `vault.unlock` + `clients.list` after seeding, when the vault has
 *   no summary cache for the seeded sessions yet, so every record is read and decrypted (one run;
 *   no budget — this is the first unlock after an update that changed summaries, or after a restore).
 * - open_10k_ms: from `vault.unlock` to `clients.list` returning all 10,000 session summaries,
 *   median of 3 unlocks, each in fresh handlers after a lock (the everyday case: the encrypted
 *   summary cache written at the previous lock is read, and only changed record files decrypted).
 *   After seeding the bench waits RACY_MS, as a vault's files are normally older than that at
 *   unlock; a younger file is never trusted from the cache (see summary-cache.ts) and is decrypted.
 * - autosave_ms_10k_while_indexing: median of the `sessions.update` calls (one full session each)
 *   made right after the last unlock while the archive's background index build was still running;
 *   autosave_saves_while_indexing says how many that was (no budget: a transient of a few seconds).
 * - autosave_ms_10k: median of 200 `sessions.update` of one full session once the archive index is
 *   ready (steady state: what every autosave of a working session costs). Budget ≤ 3 × fsync_floor_ms.
 * Everything is measured through createHandlers + dispatch. Seeding writes the encrypted record
 * files directly with the vault's own codec (without fsync) to keep the run short.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  applyContentChanges,
  ContentChangeSchema,
  draftFinalization,
  newSessionContent,
} from '../../core/checklist';
import type { SessionRecord } from '../../core/sessions/session';
import { createHandlers, defaultResourcesDir } from '../../electron/services/handlers';
import { builtInTemplates } from '../../electron/services/sessions/built-in-templates';
import { mapPool } from '../../electron/services/store/map-pool';
import { RecordStore } from '../../electron/services/store/record-store';
import { createRecordCipher } from '../../electron/services/vault/record-cipher';
import { RACY_MS } from '../../electron/services/store/summary-cache';
import { readHeader, unwrapWithPassphrase } from '../../electron/services/vault/vault-header';
import { benchDir, call, fullSessionChanges, median, progress, round } from './bench-utils';

const PASSPHRASE = 'lantern orchard velvet compass 42';
const CLIENTS = 1_000;
const SESSIONS = 10_000;

async function unlockMs(): Promise<number> {
  const handlers = createHandlers({ dataDir: benchDir('unlock') });
  await call(handlers, 'vault.create', { passphrase: PASSPHRASE });
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await call(handlers, 'vault.lock');
    const t = performance.now();
    await call(handlers, 'vault.unlock', { passphrase: PASSPHRASE });
    times.push(performance.now() - t);
  }
  return median(times);
}

async function seed(dataDir: string): Promise<string[]> {
  const handlers = createHandlers({ dataDir });
  await call(handlers, 'vault.create', { passphrase: PASSPHRASE });
  const clientIds: string[] = [];
  for (let i = 0; i < CLIENTS; i += 1) {
    clientIds.push(
      (
        await call(handlers, 'clients.create', {
          displayName: `Client ${i} Ελπίδα 王小明`,
          recordCode: `RC-${i}`,
        })
      ).id,
    );
    if (i % 250 === 249) progress(`seeding: ${i + 1} clients`);
  }
  await call(handlers, 'vault.lock');
  const header = await readHeader(join(dataDir, 'vault'));
  const key = await unwrapWithPassphrase(header!, PASSPHRASE);
  const noSync = async (dir: string, name: string, bytes: Uint8Array) =>
    writeFile(join(dir, name), bytes, { mode: 0o600 });
  const store = new RecordStore(join(dataDir, 'vault', 'records'), createRecordCipher(key), noSync);
  const indexes = Array.from({ length: SESSIONS }, (_, i) => i);
  const stamp = Date.parse('2026-01-01T00:00:00Z');
  const sessionIds: string[] = [];
  const template = (await builtInTemplates(defaultResourcesDir()))[0]!;
  await mapPool(indexes, 16, async (i) => {
    const id = i.toString(16).padStart(32, '0');
    const at = new Date(stamp + i * 60_000).toISOString();
    const content = applyContentChanges(
      template,
      newSessionContent(template),
      z.array(ContentChangeSchema).parse(fullSessionChanges(i)),
    );
    const session: SessionRecord = {
      id,
      rev: 2,
      clientId: clientIds[i % CLIENTS] as string,
      kind: 'closing-session',
      template,
      content,
      finalization: draftFinalization(),
      createdAt: at,
      updatedAt: at,
    };
    await store.write('session', id, 2, session);
    sessionIds.push(id);
    if (i % 2500 === 2499) progress(`seeding: ${i + 1} sessions`);
  });
  key.fill(0);
  return sessionIds;
}

progress('unlock: 5 unlocks with scrypt N=2^17');
const unlock = await unlockMs();

const dataDir = benchDir('10k');
const sessionIds = await seed(dataDir);

/** Unlocks in fresh handlers and lists every client with their documents; returns the handlers and the time. */
async function openAndList(): Promise<{ handlers: ReturnType<typeof createHandlers>; ms: number }> {
  const fresh = createHandlers({ dataDir });
  const t = performance.now();
  await call(fresh, 'vault.unlock', { passphrase: PASSPHRASE });
  const list = await call(fresh, 'clients.list');
  const ms = performance.now() - t;
  const documents = list.reduce((n, o) => n + o.documents.length, 0);
  if (documents !== SESSIONS || list.length !== CLIENTS)
    throw new Error(`listed ${list.length} clients and ${documents} sessions`);
  return { handlers: fresh, ms };
}

// Seeding has just written the files; a vault's files are normally older than RACY_MS at unlock.
await new Promise((resolve) => setTimeout(resolve, RACY_MS));
progress('open 10k cold: unlock + clients.list without a summary cache');
let opened = await openAndList();
const cold = opened.ms;
await call(opened.handlers, 'vault.lock');

progress('open 10k: unlock + clients.list (3 runs)');
const opens: number[] = [];
for (let run = 0; run < 3; run += 1) {
  opened = await openAndList();
  opens.push(opened.ms);
  if (run < 2) await call(opened.handlers, 'vault.lock');
}
const handlers = opened.handlers;

/** One autosave of the target session; returns its time. */
const target = sessionIds[Math.floor(SESSIONS / 2)] as string;
let rev = (await call(handlers, 'sessions.get', { id: target })).rev;
let saveNumber = 0;
async function save(): Promise<number> {
  const changes = fullSessionChanges(100_000 + saveNumber++);
  const t = performance.now();
  rev = (await call(handlers, 'sessions.update', { id: target, expectedRev: rev, changes })).rev;
  return performance.now() - t;
}

progress('autosave with 10k sessions while the archive indexes');
const whileIndexing: number[] = [];
while ((await call(handlers, 'archive.progress')).state === 'building')
  whileIndexing.push(await save());

progress('autosave with 10k sessions: 200 saves once the archive index is ready');
const saves: number[] = [];
for (let i = 0; i < 200; i += 1) saves.push(await save());
await call(handlers, 'vault.lock');

console.log(
  JSON.stringify({
    unlock_ms: round(unlock),
    open_10k_cold_ms: round(cold),
    open_10k_ms: round(median(opens)),
    autosave_ms_10k_while_indexing: whileIndexing.length ? round(median(whileIndexing)) : null,
    autosave_saves_while_indexing: whileIndexing.length,
    autosave_ms_10k: round(median(saves)),
  }),
);
