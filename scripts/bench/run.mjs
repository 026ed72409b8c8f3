// Runs every scripts/bench/*.bench.ts in its own Node process (through tsx), takes the JSON
// object each prints on its last stdout line, and prints all of them merged as ONE JSON object
// on stdout. Progress goes to stderr. Exits non-zero if a benchmark fails or a budget is missed.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

function runOne(file) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${file} exited with ${code}`));
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`${file} did not print a JSON object on its last line`));
      }
    });
  });
}

const merged = {};
let failed = false;
for (const file of files) {
  process.stderr.write(`bench: ${file}…\n`);
  try {
    Object.assign(merged, await runOne(file));
  } catch (error) {
    failed = true;
    process.stderr.write(`bench: ${error.message}\n`);
  }
}

const budgets = [];
const floor = merged.fsync_floor_ms;
if (typeof floor === 'number') {
  for (const key of ['record_write_ms', 'autosave_ms', 'autosave_ms_10k']) {
    if (typeof merged[key] === 'number') budgets.push([`${key} <= 3 x fsync_floor_ms`, merged[key] <= 3 * floor]);
  }
}
if (typeof merged.open_10k_ms === 'number') budgets.push(['open_10k_ms <= 1500', merged.open_10k_ms <= 1500]);
for (const [name, ok] of budgets) {
  process.stderr.write(`bench: ${ok ? 'within budget' : 'OVER BUDGET'}: ${name}\n`);
  if (!ok) failed = true;
}
process.stdout.write(`${JSON.stringify(merged)}\n`);
process.exitCode = failed ? 1 : 0;
