/**
 * Autosave of a full session (every section of the Planned ending filled in, ~23 KB record with
 * its template snapshot) through createHandlers + dispatch `sessions.update`: check and apply the
 * changes, re-check the whole content, encrypt the whole record, temp file, fsync, rename, fsync
 * the folder, and re-index it for search.
 *
 * autosave_ms: median of 200 autosaves as the runner sends them — what changed in the last
 *   debounce window (here a paragraph typed into one long-text item and a talking point ticked).
 *   Budget (scripts/bench/run.mjs): at most 3 × fsync_floor_ms.
 * autosave_all_items_ms: median of 200 saves that re-send every item of the session at once
 *   (the worst case, e.g. after an offline retry merged many edits). Reported, no budget.
 * autosave_floor_ms: a 10 KB write + fsync in the same folder, measured interleaved with the
 *   autosaves (one of each per round), so `autosave_ms / autosave_floor_ms` stays meaningful when
 *   the machine is busy (compare with fsync_floor_ms from store.bench.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../electron/services/handlers';
import { benchDir, call, fullSessionChanges, median, progress, round } from './bench-utils';

const ROUNDS = 200;

const dataDir = benchDir('autosave');
const floorDir = join(dataDir, 'floor');
await mkdir(floorDir);
const bytes = randomBytes(10 * 1024);
const floor: number[] = [];
const handlers = createHandlers({ dataDir });
progress('autosave: creating a vault (scrypt N=2^17)');
await call(handlers, 'vault.create', { passphrase: 'lantern orchard velvet compass 42' });
const client = await call(handlers, 'clients.create', { displayName: 'Zoë Ørsted' });
const session = await call(handlers, 'sessions.create', { clientId: client.id });
let rev = (
  await call(handlers, 'sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: fullSessionChanges(0),
  })
).rev;

async function timeSaves(label: string, changesFor: (i: number) => unknown[]): Promise<number> {
  progress(`autosave: ${ROUNDS} saves (${label})`);
  const times: number[] = [];
  for (let i = 1; i <= ROUNDS; i += 1) {
    let t = performance.now();
    const handle = await open(join(floorDir, `${label.length}-${i}`), 'w', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    floor.push(performance.now() - t);
    const changes = changesFor(i);
    t = performance.now();
    rev = (await call(handlers, 'sessions.update', { id: session.id, expectedRev: rev, changes }))
      .rev;
    times.push(performance.now() - t);
  }
  return median(times);
}

const typical = await timeSaves('what changed in one debounce window', (i) => [
  {
    op: 'answer',
    itemId: 'what-helped',
    answer: {
      text: `Typed in session, version ${i}: walking in the morning, the breathing exercise, calling my sister. `.repeat(
        4,
      ),
    },
  },
  { op: 'answer', itemId: 'opening-feelings', answer: { covered: i % 2 === 0 } },
]);
const everything = await timeSaves('every item re-sent', (i) => fullSessionChanges(i));
await call(handlers, 'vault.lock');
console.log(
  JSON.stringify({
    autosave_ms: round(typical),
    autosave_all_items_ms: round(everything),
    autosave_floor_ms: round(median(floor)),
  }),
);
