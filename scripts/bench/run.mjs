// Runs every scripts/bench/*.bench.ts in its own Node process (through tsx), takes the JSON
// object each prints on its last stdout line, and prints all of them merged as ONE JSON object
// on stdout, with every figure even when a budget is missed (those are named in `budgets_missed`).
// Progress goes to stderr. Exits non-zero if a benchmark fails or a budget is missed.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lastJsonLine, mergeBenchOutputs } from './merge.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

/** Runs one bench; resolves with its printed figures (even when it exits non-zero) and whether it failed. */
function runOne(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, file)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', (error) => {
      process.stderr.write(`bench: ${file}: ${error.message}\n`);
      resolve({ file, output: null, failed: true });
    });
    child.on('exit', (code) => {
      const output = lastJsonLine(out);
      if (code !== 0) process.stderr.write(`bench: ${file} exited with ${code}\n`);
      if (!output)
        process.stderr.write(`bench: ${file} did not print a JSON object on its last line\n`);
      resolve({ file, output, failed: code !== 0 });
    });
  });
}

/** Budgets that compare figures from different benches. */
function crossBudgets(figures) {
  const budgets = [];
  const floor = figures.fsync_floor_ms;
  if (typeof floor === 'number') {
    for (const key of ['record_write_ms', 'autosave_ms', 'autosave_ms_10k']) {
      if (typeof figures[key] === 'number')
        budgets.push([`${key} <= 3 x fsync_floor_ms`, figures[key] <= 3 * floor]);
    }
  }
  if (typeof figures.open_10k_ms === 'number')
    budgets.push(['open_10k_ms <= 1500', figures.open_10k_ms <= 1500]);
  return budgets;
}

const runs = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}…\n`);
  runs.push(await runOne(file));
}
const report = mergeBenchOutputs(runs, crossBudgets);
for (const name of report.budgets_missed) process.stderr.write(`bench: OVER BUDGET: ${name}\n`);
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exitCode = report.budgets_missed.length > 0 || report.benches_failed ? 1 : 0;
