/**
 * unlock_ms: median of 5 unlocks (scrypt N=2^17 included) of a small vault.
 * open_10k_ms: with 1,000 clients and 10,000 sessions, from `vault.unlock` to `clients.list`
 *   returning all 10,000 session summaries (median of 3).
 * autosave_ms_10k: median of 200 `sessions.update` of one full session while the vault holds them.
 * Everything is measured through createHandlers + dispatch. Seeding writes the encrypted record
 * files directly with the vault's own codec (without fsync) to keep the run short.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { applyContentChanges, ContentChangeSchema, draftFinalization, newSessionContent } from '../../core/checklist';
import type { SessionRecord } from '../../core/sessions/session';
import { createHandlers, defaultResourcesDir } from '../../electron/services/handlers';
import { builtInTemplates } from '../../electron/services/sessions/built-in-templates';
import { mapPool } from '../../electron/services/store/map-pool';
import { RecordStore } from '../../electron/services/store/record-store';
import { createRecordCipher } from '../../electron/services/vault/record-cipher';
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
    clientIds.push((await call(handlers, 'clients.create', { displayName: `Client ${i} Ελπίδα 王小明`, recordCode: `RC-${i}` })).id);
    if (i % 250 === 249) progress(`seeding: ${i + 1} clients`);
  }
  await call(handlers, 'vault.lock');
  const header = await readHeader(join(dataDir, 'vault'));
  const key = await unwrapWithPassphrase(header!, PASSPHRASE);
  const noSync = async (dir: string, name: string, bytes: Uint8Array) => writeFile(join(dir, name), bytes, { mode: 0o600 });
  const store = new RecordStore(join(dataDir, 'vault', 'records'), createRecordCipher(key), noSync);
  const indexes = Array.from({ length: SESSIONS }, (_, i) => i);
  const stamp = Date.parse('2026-01-01T00:00:00Z');
  const sessionIds: string[] = [];
  const template = (await builtInTemplates(defaultResourcesDir()))[0]!;
  await mapPool(indexes, 16, async (i) => {
    const id = i.toString(16).padStart(32, '0');
    const at = new Date(stamp + i * 60_000).toISOString();
    const content = applyContentChanges(template, newSessionContent(template), z.array(ContentChangeSchema).parse(fullSessionChanges(i)));
    const session: SessionRecord = { id, rev: 2, clientId: clientIds[i % CLIENTS] as string, kind: 'closing-session', template, content, finalization: draftFinalization(), createdAt: at, updatedAt: at };
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

progress('open 10k: unlock + clients.list (3 runs)');
const opens: number[] = [];
let handlers = createHandlers({ dataDir });
for (let run = 0; run < 3; run += 1) {
  handlers = createHandlers({ dataDir });
  const t = performance.now();
  await call(handlers, 'vault.unlock', { passphrase: PASSPHRASE });
  const list = await call(handlers, 'clients.list');
  opens.push(performance.now() - t);
  const documents = list.reduce((n, o) => n + o.documents.length, 0);
  if (documents !== SESSIONS || list.length !== CLIENTS) throw new Error(`listed ${list.length} clients and ${documents} sessions`);
  if (run < 2) await call(handlers, 'vault.lock');
}

progress('autosave with 10k sessions: 200 saves');
const target = sessionIds[Math.floor(SESSIONS / 2)] as string;
let rev = (await call(handlers, 'sessions.get', { id: target })).rev;
const saves: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const changes = fullSessionChanges(100_000 + i);
  const t = performance.now();
  rev = (await call(handlers, 'sessions.update', { id: target, expectedRev: rev, changes })).rev;
  saves.push(performance.now() - t);
}
await call(handlers, 'vault.lock');

console.log(JSON.stringify({ unlock_ms: round(unlock), open_10k_ms: round(median(opens)), autosave_ms_10k: round(median(saves)) }));
