// `npm test`: type checks, lint, unit tests (on Node 24, Electron's runtime, when available), build,
// end-to-end tests and the Windows journey — then one line of totals. Each step's own output
// streams through; the last line is `N passed, N failed, N skipped` (see test-totals.mjs).
import { spawn } from 'node:child_process';
import { readFile, rm, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';
import { machineFactor } from './machine-factor.mjs';
import { findNode24 } from './node24.mjs';
import {
  addOutcome,
  addPlaywrightReport,
  addVitestReport,
  emptyTotals,
  totalsLine,
  unitRuns,
} from './test-totals.mjs';
import { runWindowsJourney } from './windows-journey.mjs';

const totals = emptyTotals();
/** A tool's JavaScript entry point, run by this Node (portable: no .bin shell shims, which Windows cannot spawn directly). */
const TOOLS = {
  prettier: 'node_modules/prettier/bin/prettier.cjs',
  tsc: 'node_modules/typescript/bin/tsc',
  eslint: 'node_modules/eslint/bin/eslint.js',
  playwright: 'node_modules/@playwright/test/cli.js',
};

/**
 * Vitest workers for the unit run: one more than the cores, since many tests wait on child
 * processes and files (on 2 cores: 3 workers, measured 101 s against 133 s with 2).
 */
const UNIT_WORKERS = String(availableParallelism() + 1);

/**
 * Runs a command. With `capture`, its output is kept and handed back instead of streamed, so
 * steps that run side by side print one after the other, whole.
 */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
  });
}

/** Prints a step's heading and, for a captured step, what it printed. */
function report(label, output = '') {
  console.log(`\n▶ ${label}`);
  if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}

/** Counts a step that is one check (type check, lint, build) and says when it failed. */
function countCheck(label, code) {
  addOutcome(totals, code === 0 ? 'passed' : 'failed');
  if (code !== 0) console.log(`✗ ${label} failed (exit ${code})`);
  return code === 0;
}

/** Checks that are one step each, run side by side and reported in order (type check and lint are single-threaded). */
async function checks(steps) {
  const outcomes = await Promise.all(
    steps.map(({ script, args }) => run(process.execPath, [script, ...args], { capture: true })),
  );
  steps.forEach(({ label }, index) => {
    report(label, outcomes[index].output);
    countCheck(label, outcomes[index].code);
  });
}

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The unit runs (see unitRuns): the first streams its output, the others run beside it and print after it. */
async function unitTests(node24) {
  const runs = unitRuns(await node24);
  const outcomes = await Promise.all(
    runs.map(async ({ label, node, args, report: reportFile, note }, index) => {
      const out = `test-results/${reportFile}`;
      await rm(out, { force: true });
      const streamed = index === 0;
      if (streamed) report(label, note ? `${note}\n` : '');
      const workers = streamed ? ['--maxWorkers', UNIT_WORKERS] : ['--maxWorkers', '1'];
      const { code, output } = await run(
        node,
        [
          'node_modules/vitest/vitest.mjs',
          'run',
          ...args,
          ...workers,
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${out}`,
        ],
        { capture: !streamed },
      );
      return { label, note, streamed, code, output, json: await readJson(out) };
    }),
  );
  for (const { label, note, streamed, code, output, json } of outcomes) {
    if (!streamed) report(label, `${note ? `${note}\n` : ''}${output}`);
    if (!json) console.log(`✗ Vitest produced no report (exit ${code})`);
    addVitestReport(totals, json, code);
  }
}

async function e2eTests() {
  console.log('\n▶ End-to-end tests (Playwright)');
  const out = 'test-results/playwright.json';
  await rm(out, { force: true });
  const { code } = await run(process.execPath, [TOOLS.playwright, 'test']);
  const json = await readJson(out);
  if (!json) console.log(`✗ Playwright produced no report (exit ${code})`);
  addPlaywrightReport(totals, json, code);
}

async function windowsJourney(pending) {
  console.log('\n▶ Windows journey (createHandlers + dispatch on the Windows build of Node)');
  const { status, message, log } = await pending;
  for (const line of log) console.log(line);
  console.log(
    `${{ passed: '✓', failed: '✗', skipped: '–' }[status]} Windows journey ${status}: ${message}`,
  );
  addOutcome(totals, status);
}

async function main() {
  await mkdir('test-results', { recursive: true });
  if (!findBrowser()) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  // Measured once and inherited by every suite: their timeouts scale with it.
  process.env.CS_MACHINE_FACTOR = String(machineFactor());
  console.log(
    `Machine factor ${process.env.CS_MACHINE_FACTOR} (test timeouts are scaled by it; 1 = a quiet 2-core machine).`,
  );
  // Fetched (once, then cached) and run alongside the single-threaded type check and lint.
  const node24 = findNode24().catch((error) => ({
    reason: `looking for Node 24 failed: ${error?.message ?? error}`,
  }));
  const log = [];
  const journey = runWindowsJourney((line) => log.push(line)).then(
    (outcome) => ({ ...outcome, log }),
    (error) => ({
      status: 'failed',
      message: `the journey could not start: ${error?.message ?? error}`,
      log,
    }),
  );
  await checks([
    { label: 'Type check (every layer)', script: TOOLS.tsc, args: ['-b'] },
    { label: 'Lint (ESLint, layer rules)', script: TOOLS.eslint, args: ['.', '--max-warnings=0'] },
    {
      label: 'Format (Prettier)',
      script: TOOLS.prettier,
      args: ['--check', '.', '--log-level=warn'],
    },
  ]);
  await unitTests(node24);
  const buildLabel = 'Build (main, preload, renderer)';
  report(buildLabel);
  const built = countCheck(
    buildLabel,
    (await run(process.execPath, ['scripts/build.mjs', '--quiet'])).code,
  );
  if (built) await e2eTests();
  else console.log('End-to-end tests not run: the build failed.');
  await windowsJourney(journey);
  console.log(`\n${totalsLine(totals)}`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main();
