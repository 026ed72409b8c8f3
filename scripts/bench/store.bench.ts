/**
 * fsync_floor_ms: median of 200 writes of a 10 KB file with fsync, in the data folder's file system.
 * record_write_ms: median of 200 atomic record writes of the same size through the real store
 *   (createHandlers + dispatch `sessions.update`: encrypt, temp file, fsync, rename, fsync folder).
 * The two are measured interleaved (one of each per round), so background load on the machine
 * affects both alike and their ratio stays meaningful.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../electron/services/handlers';
import { benchDir, call, median, progress, round } from './bench-utils';

const TARGET_BYTES = 10 * 1024;
const ROUNDS = 200;

const dataDir = benchDir('store');
const floorDir = join(dataDir, 'floor');
await mkdir(floorDir);
const bytes = randomBytes(TARGET_BYTES);

const handlers = createHandlers({ dataDir });
progress('store: creating a vault (scrypt N=2^17)');
await call(handlers, 'vault.create', { passphrase: 'lantern orchard velvet compass 42' });
const client = await call(handlers, 'clients.create', { displayName: 'Zoë Ørsted' });
const session = await call(handlers, 'sessions.create', { clientId: client.id });
// A session with about 10 KB of writing (its record also holds the template snapshot).
const text = (i: number) => `${i} `.padEnd(TARGET_BYTES - 400, 'x');
let rev = session.rev;

progress(`store: ${ROUNDS} rounds of (10 KB write + fsync) and (10 KB atomic record write)`);
const floor: number[] = [];
const record: number[] = [];
for (let i = 0; i < ROUNDS; i += 1) {
  let t = performance.now();
  const handle = await open(join(floorDir, `f${i}`), 'w', 0o600);
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  floor.push(performance.now() - t);

  t = performance.now();
  rev = (
    await call(handlers, 'sessions.update', {
      id: session.id,
      expectedRev: rev,
      changes: [{ op: 'answer', itemId: 'what-helped', answer: { text: text(i) } }],
    })
  ).rev;
  record.push(performance.now() - t);
}
console.log(
  JSON.stringify({ fsync_floor_ms: round(median(floor)), record_write_ms: round(median(record)) }),
);
