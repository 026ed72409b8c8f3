// npm test's bookkeeping (scripts/test-totals.mjs): the totals line, how reports and outcomes
// count (a skipped Windows journey is a skip, a crashed run is a failure), and which Vitest runs
// are made with and without Node 24.
import { describe, expect, it } from 'vitest';
import {
  addOutcome,
  addPlaywrightReport,
  addVitestReport,
  emptyTotals,
  TOOLING_TESTS,
  totalsLine,
  unitRuns,
} from '../../scripts/test-totals.mjs';
import { findNode24 } from '../../scripts/node24.mjs';
import { judgeJourney, toWinePath } from '../../scripts/windows-journey.mjs';

describe('the totals line', () => {
  it('is exactly "N passed, N failed, N skipped"', () => {
    expect(totalsLine(emptyTotals())).toBe('0 passed, 0 failed, 0 skipped');
    expect(totalsLine({ passed: 412, failed: 1, skipped: 3 })).toBe(
      '412 passed, 1 failed, 3 skipped',
    );
  });

  it('counts each step outcome once, and a skipped step as skipped', () => {
    const totals = emptyTotals();
    for (const status of ['passed', 'passed', 'failed', 'skipped'] as const)
      addOutcome(totals, status);
    expect(totals).toEqual({ passed: 2, failed: 1, skipped: 1 });
    expect(() => addOutcome(totals, 'maybe' as 'passed')).toThrow(/unknown outcome/);
  });
});

describe('reports', () => {
  const vitest = (passed: number, failed: number, pending = 0, todo = 0) => ({
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: pending,
    numTodoTests: todo,
  });

  it('adds Vitest counts; a missing report or a failing exit without failed tests is one failure', () => {
    expect(addVitestReport(emptyTotals(), vitest(10, 0, 2, 1), 0)).toEqual({
      passed: 10,
      failed: 0,
      skipped: 3,
    });
    expect(addVitestReport(emptyTotals(), vitest(10, 2), 1)).toEqual({
      passed: 10,
      failed: 2,
      skipped: 0,
    });
    expect(addVitestReport(emptyTotals(), vitest(10, 0), 1)).toEqual({
      passed: 10,
      failed: 1,
      skipped: 0,
    });
    expect(addVitestReport(emptyTotals(), undefined, 1)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });

  it('adds Playwright stats the same way (flaky counts as passed)', () => {
    expect(
      addPlaywrightReport(
        emptyTotals(),
        { stats: { expected: 30, unexpected: 0, skipped: 1, flaky: 2 } },
        0,
      ),
    ).toEqual({ passed: 32, failed: 0, skipped: 1 });
    expect(
      addPlaywrightReport(emptyTotals(), { stats: { expected: 30, unexpected: 0 } }, 1),
    ).toEqual({ passed: 30, failed: 1, skipped: 0 });
    expect(addPlaywrightReport(emptyTotals(), undefined, 0)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });
});

describe('unit test runs', () => {
  const system = { binary: '/usr/bin/node', version: '20.19.5' };

  it('with Node 24: the app tests on it, the tooling tests on the system Node; each test once', () => {
    const runs = unitRuns({ binary: '/cache/node-24/bin/node', version: '24.22.3' }, system);
    expect(runs.map((r) => [r.node, r.args, r.report])).toEqual([
      ['/cache/node-24/bin/node', ['--exclude', `${TOOLING_TESTS}**`], 'vitest.json'],
      ['/usr/bin/node', [TOOLING_TESTS], 'vitest-tooling.json'],
    ]);
    expect(runs[0]!.label).toContain('Node 24.22.3');
  });

  it('when the system Node is 24 already: one run of everything', () => {
    expect(
      unitRuns({ binary: system.binary, version: '24.1.0' }, system).map((r) => r.args),
    ).toEqual([[]]);
  });

  it('without Node 24: the whole suite on the system Node, with the reason printed', () => {
    const runs = unitRuns({ reason: 'the registry cannot be reached' }, system);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      node: '/usr/bin/node',
      args: [],
      note: 'Not on Node 24: the registry cannot be reached',
    });
  });

  it('uses this Node when it is 24.x and names the platform when no package is pinned for it', async () => {
    expect(
      await findNode24({
        version: '24.3.0',
        platform: 'linux',
        arch: 'x64',
        execPath: '/opt/node24',
      }),
    ).toEqual({ binary: '/opt/node24', version: '24.3.0' });
    expect(
      await findNode24({
        version: '20.19.5',
        platform: 'darwin',
        arch: 'arm64',
        execPath: '/opt/node20',
      }),
    ).toMatchObject({ reason: expect.stringContaining('darwin-arm64') });
  });
});

describe('the Windows journey verdict', () => {
  const report = (summary: Record<string, unknown>) =>
    JSON.stringify({
      ok: true,
      summary: {
        saves: 50,
        handoutPages: 6,
        letterPages: 1,
        backupRecords: 6,
        quarantined: 1,
        node: 'v22.12.0',
        ...summary,
      },
    });

  it('passes only a success reported from inside win32 with exit code 0', () => {
    expect(
      judgeJourney({ code: 0, stdout: `${report({ platform: 'win32' })}\n`, stderr: '' }),
    ).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('50 saves ok, handout 6 pages'),
    });
    expect(
      judgeJourney({ code: 0, stdout: report({ platform: 'linux' }), stderr: '' }),
    ).toMatchObject({ status: 'failed', message: expect.stringContaining('not win32') });
    expect(
      judgeJourney({ code: 3, stdout: report({ platform: 'win32' }), stderr: '' }).status,
    ).toBe('failed');
  });

  it('fails with the error and the steps done, or with the end of stderr when there is no report', () => {
    const failed = JSON.stringify({
      ok: false,
      error: 'AssertionError: vault.create failed: io',
      code: 'ERR_ASSERTION',
      steps: [],
    });
    expect(judgeJourney({ code: 1, stdout: failed, stderr: '' }).message).toBe(
      'AssertionError: vault.create failed: io (ERR_ASSERTION) at the first step',
    );
    expect(
      judgeJourney({
        code: 1,
        stdout: report({ platform: 'win32' }),
        stderr: '',
        timedOut: true,
        deadlineMs: 480_000,
      }),
    ).toEqual({
      status: 'failed',
      message:
        'the journey did not end within 480 s and was stopped (something kept the process open)',
    });
    expect(
      judgeJourney({ code: 5, stdout: '', stderr: 'wine: could not load node.exe\n' }),
    ).toEqual({
      status: 'failed',
      message: 'the journey printed no report (exit 5):\nwine: could not load node.exe',
    });
  });

  it('maps Unix paths to Wine drive Z:', () => {
    expect(toWinePath('/tmp/cs-1/journey.cjs')).toBe('Z:\\tmp\\cs-1\\journey.cjs');
  });
});
