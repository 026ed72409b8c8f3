// `npm test`: type checks, lint, unit tests (on Node 24, Electron's runtime, when available), build,
// end-to-end tests and the Windows journey — then one line of totals. Each step's own output
// streams through; the last line is `N passed, N failed, N skipped` (see test-totals.mjs).
import { spawn } from 'node:child_process';
import { readFile, rm, mkdir } from 'node:fs/promises';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';
import { findNode24 } from './node24.mjs';
import { addOutcome, addPlaywrightReport, addVitestReport, emptyTotals, totalsLine, unitRuns } from './test-totals.mjs';
import { runWindowsJourney } from './windows-journey.mjs';

const totals = emptyTotals();
/** A tool's JavaScript entry point, run by this Node (portable: no .bin shell shims, which Windows cannot spawn directly). */
const TOOLS = { tsc: 'node_modules/typescript/bin/tsc', eslint: 'node_modules/eslint/bin/eslint.js', playwright: 'node_modules/@playwright/test/cli.js' };

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** A step that counts as one check (type check, lint, build). */
async function check(label, script, args) {
  console.log(`\n▶ ${label}`);
  const code = await run(process.execPath, [script, ...args]);
  addOutcome(totals, code === 0 ? 'passed' : 'failed');
  if (code !== 0) console.log(`✗ ${label} failed (exit ${code})`);
  return code === 0;
}

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

async function unitTests(node24) {
  for (const { label, node, args, report, note } of unitRuns(await node24)) {
    console.log(`\n▶ ${label}`);
    if (note) console.log(note);
    const out = `test-results/${report}`;
    await rm(out, { force: true });
    const code = await run(node, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
    const json = await readJson(out);
    if (!json) console.log(`✗ Vitest produced no report (exit ${code})`);
    addVitestReport(totals, json, code);
  }
}

async function e2eTests() {
  console.log('\n▶ End-to-end tests (Playwright)');
  const out = 'test-results/playwright.json';
  await rm(out, { force: true });
  const code = await run(process.execPath, [TOOLS.playwright, 'test']);
  const report = await readJson(out);
  if (!report) console.log(`✗ Playwright produced no report (exit ${code})`);
  addPlaywrightReport(totals, report, code);
}

async function windowsJourney(pending) {
  console.log('\n▶ Windows journey (createHandlers + dispatch on the Windows build of Node)');
  const { status, message, log } = await pending;
  for (const line of log) console.log(line);
  console.log(`${{ passed: '✓', failed: '✗', skipped: '–' }[status]} Windows journey ${status}: ${message}`);
  addOutcome(totals, status);
}

async function main() {
  await mkdir('test-results', { recursive: true });
  if (!findBrowser()) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  // Fetched (once, then cached) and run alongside the single-threaded type check and lint.
  const node24 = findNode24().catch((error) => ({ reason: `looking for Node 24 failed: ${error?.message ?? error}` }));
  const log = [];
  const journey = runWindowsJourney((line) => log.push(line)).then(
    (outcome) => ({ ...outcome, log }),
    (error) => ({ status: 'failed', message: `the journey could not start: ${error?.message ?? error}`, log }),
  );
  await check('Type check (every layer)', TOOLS.tsc, ['-b']);
  await check('Lint (ESLint, layer rules)', TOOLS.eslint, ['.', '--max-warnings=0']);
  await unitTests(node24);
  const built = await check('Build (main, preload, renderer)', 'scripts/build.mjs', ['--quiet']);
  if (built) await e2eTests();
  else console.log('End-to-end tests not run: the build failed.');
  await windowsJourney(journey);
  console.log(`\n${totalsLine(totals)}`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main();
