// `npm test`: type checks, lint, unit tests, build, end-to-end tests — then one line of totals.
// Each step's own output streams through; the last line is `N passed, N failed, N skipped`.
import { spawn } from 'node:child_process';
import { readFile, rm, mkdir } from 'node:fs/promises';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const bin = (name) => `node_modules/.bin/${name}`;

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** A step that counts as one check (type check, lint, build). */
async function check(label, command, args) {
  console.log(`\n▶ ${label}`);
  const code = await run(command, args);
  if (code === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    console.log(`✗ ${label} failed (exit ${code})`);
  }
  return code === 0;
}

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

async function unitTests() {
  console.log('\n▶ Unit tests (Vitest)');
  const out = 'test-results/vitest.json';
  await rm(out, { force: true });
  const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = await readJson(out);
  if (!report) {
    totals.failed += 1;
    console.log(`✗ Vitest produced no report (exit ${code})`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

async function e2eTests() {
  console.log('\n▶ End-to-end tests (Playwright)');
  if (!findBrowser()) {
    console.log(NO_BROWSER_MESSAGE);
    totals.failed += 1;
    return;
  }
  const out = 'test-results/playwright.json';
  await rm(out, { force: true });
  const code = await run(bin('playwright'), ['test']);
  const report = await readJson(out);
  if (!report) {
    totals.failed += 1;
    console.log(`✗ Playwright produced no report (exit ${code})`);
    return;
  }
  const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats ?? {};
  totals.passed += expected + flaky;
  totals.failed += unexpected + (code !== 0 && unexpected === 0 ? 1 : 0);
  totals.skipped += skipped;
}

async function main() {
  await mkdir('test-results', { recursive: true });
  if (!findBrowser()) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  await check('Type check (every layer)', bin('tsc'), ['-b']);
  await check('Lint (ESLint, layer rules)', bin('eslint'), ['.', '--max-warnings=0']);
  await unitTests();
  const built = await check('Build (main, preload, renderer)', process.execPath, ['scripts/build.mjs', '--quiet']);
  if (built) await e2eTests();
  else console.log('End-to-end tests not run: the build failed.');
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main();
