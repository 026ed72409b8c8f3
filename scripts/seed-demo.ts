/**
 * Creates a demo vault full of invented clients and closing documents:
 *
 *   npm run seed-demo -- --sessions 10000 --data <dir> [--passphrase <words>] [--seed <text>] [--safe]
 *
 * Every record is built with the same core steps as typing it in (template snapshot, answers,
 * finalize with its hash) and written once through the vault's record store in the real encrypted
 * format, a batch at a time with one folder flush per batch (about 700 documents a second here);
 * the archive index is stored at the end, so the first unlock searches at once. Without
 * --passphrase the vault opens with the demo passphrase printed at the end — for invented data
 * only, never for real records. Record files skip their own fsync unless --safe.
 * A progress bar goes to stderr; a one-line JSON summary goes to stdout.
 */
import { resolve } from 'node:path';
import { DEMO_PASSPHRASE, seedArchive } from '../electron/services/archive/seed-archive';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(
    `seed-demo: ${message}\nUsage: npm run seed-demo -- --sessions 10000 --data <dir> [--passphrase <words>] [--seed <text>] [--safe]\n`,
  );
  process.exit(2);
}

const data = option('data') ?? fail('--data <dir> is required (a new or demo data folder).');
const sessions = Number(option('sessions') ?? '300');
if (!Number.isInteger(sessions) || sessions < 1 || sessions > 100_000)
  fail('--sessions must be a whole number from 1 to 100000.');
const passphrase = option('passphrase') ?? DEMO_PASSPHRASE;
const started = performance.now();
const width = 30;
let lastDrawn = 0;

function draw(done: number, total: number): void {
  const at = performance.now();
  if (at - lastDrawn < 250 && done !== total) return;
  lastDrawn = at;
  const filled = Math.round((done / total) * width);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} of ${total.toLocaleString('en')} documents  ${seconds}s`,
  );
}

process.stderr.write(
  `seed-demo: writing ${sessions.toLocaleString('en')} invented documents to ${resolve(data)}\n`,
);
const outcome = await seedArchive({
  dataDir: resolve(data),
  sessions,
  passphrase,
  fast: !process.argv.includes('--safe'),
  ...(option('seed') ? { seed: option('seed') } : {}),
  onProgress: draw,
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
process.stderr.write(
  `\nseed-demo: done — ${outcome.clients} clients, ${outcome.finalized} finalized, ${outcome.amended} amended.\n`,
);
if (passphrase === DEMO_PASSPHRASE)
  process.stderr.write(`seed-demo: demo passphrase: "${DEMO_PASSPHRASE}"\n`);
process.stdout.write(
  `${JSON.stringify({ ...outcome, ms: Math.round(performance.now() - started) })}\n`,
);
