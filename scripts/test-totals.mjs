// The bookkeeping of `npm test` (scripts/test.mjs), kept free of side effects so it can be tested:
// totals from each step's outcome or report, the final line, and which unit-test runs to make.

/** A fresh count. */
export function emptyTotals() {
  return { passed: 0, failed: 0, skipped: 0 };
}

/** The last line `npm test` prints, alone: `N passed, N failed, N skipped`. */
export function totalsLine(totals) {
  return `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}

/** Counts a step that is one check (type check, lint, build, the Windows journey). */
export function addOutcome(totals, status) {
  if (status !== 'passed' && status !== 'failed' && status !== 'skipped')
    throw new Error(`unknown outcome ${status}`);
  totals[status] += 1;
  return totals;
}

/**
 * Counts a Vitest JSON report. No report is one failure; a non-zero exit without a failed test
 * (a crashed worker, an unhandled error) is one failure too.
 */
export function addVitestReport(totals, report, exitCode) {
  if (!report) {
    totals.failed += 1;
    return totals;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (exitCode !== 0 && report.numFailedTests === 0 ? 1 : 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
  return totals;
}

/** Counts a Playwright JSON report, with the same rules as addVitestReport. */
export function addPlaywrightReport(totals, report, exitCode) {
  if (!report) {
    totals.failed += 1;
    return totals;
  }
  const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats ?? {};
  totals.passed += expected + flaky;
  totals.failed += unexpected + (exitCode !== 0 && unexpected === 0 ? 1 : 0);
  totals.skipped += skipped;
  return totals;
}

/** The tests of the developer's own tooling (build, packaging, CI, security gate): they run on the system Node. */
export const TOOLING_TESTS = 'tests/scripts/';

/**
 * Which Vitest runs `npm test` makes, each test once. With a Node 24 (the Node inside Electron
 * 45, which the app code runs on) that is not the system Node: core, services and main tests on
 * it, and the tooling tests on the system Node, where the developer runs those scripts. Without
 * one: everything on the system Node, with a note. `node24` is `{ binary, version }` or `{ reason }`.
 */
export function unitRuns(
  node24,
  system = { binary: process.execPath, version: process.versions.node },
) {
  if (!node24.binary) {
    return [
      {
        label: `Unit tests (Vitest, system Node ${system.version})`,
        node: system.binary,
        args: [],
        report: 'vitest.json',
        note: `Not on Node 24: ${node24.reason}`,
      },
    ];
  }
  if (node24.binary === system.binary) {
    return [
      {
        label: `Unit tests (Vitest, Node ${node24.version}, Electron's Node major)`,
        node: node24.binary,
        args: [],
        report: 'vitest.json',
      },
    ];
  }
  return [
    {
      label: `Unit tests (Vitest, Node ${node24.version}, Electron's runtime)`,
      node: node24.binary,
      args: ['--exclude', `${TOOLING_TESTS}**`],
      report: 'vitest.json',
    },
    {
      label: `Tooling tests (Vitest, system Node ${system.version})`,
      node: system.binary,
      args: [TOOLING_TESTS],
      report: 'vitest-tooling.json',
    },
  ];
}
