// The CI workflow (.github/workflows/ci.yml), read as YAML: three desktop OSes, the test run,
// the smoke test under a virtual display on Linux, packaging with the installers kept, and every
// action pinned to a full commit SHA.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  'runs-on': string;
  strategy: { matrix: { os: string[] } };
  env?: Record<string, string>;
  steps: Step[];
}

const file = fileURLToPath(new URL('../../.github/workflows/ci.yml', import.meta.url));
const workflow = parse(readFileSync(file, 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const [job] = Object.values(workflow.jobs) as [Job];
const steps = job.steps;
const runs = (pattern: RegExp) => steps.filter((s) => s.run !== undefined && pattern.test(s.run));
const onLinux = (s: Step) => s.if === "runner.os == 'Linux'";
const offLinux = (s: Step) => s.if === "runner.os != 'Linux'";

describe('the CI workflow', () => {
  it('runs on pushes and pull requests across Linux, Windows and macOS', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(Object.keys(workflow.jobs)).toHaveLength(1);
    expect(job.strategy.matrix.os).toEqual(['ubuntu-24.04', 'windows-latest', 'macos-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
  });

  it('pins every action to a full commit SHA', () => {
    const used = steps.filter((s) => s.uses).map((s) => s.uses!);
    expect(used.map((u) => u.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/upload-artifact',
    ]);
    for (const uses of used) expect(uses, uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });

  it('sets up a Node major that the engines field allows', () => {
    const engines = (
      JSON.parse(
        readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
      ) as { engines: { node: string } }
    ).engines.node;
    const minimum = Number(/>=\s*(\d+)/.exec(engines)?.[1]);
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    const major = Number(String(setup.with?.['node-version']));
    expect([22, 24]).toContain(major);
    expect(major).toBeGreaterThanOrEqual(minimum);
  });

  it('installs with npm ci and runs npm test on every OS, under a virtual display on Linux', () => {
    expect(runs(/^npm ci\b/)).toHaveLength(1);
    expect(runs(/^npm ci\b/)[0]!.if).toBeUndefined();
    const tests = runs(/\bnpm test$/);
    expect(tests.filter(onLinux).map((s) => s.run)).toEqual(['xvfb-run -a npm test']);
    expect(tests.filter(offLinux).map((s) => s.run)).toEqual(['npm test']);
    const install = steps.findIndex((s) => s.run?.startsWith('npm ci'));
    expect(steps.indexOf(tests[0]!)).toBeGreaterThan(install);
  });

  it('installs Playwright Chromium everywhere, and Xvfb on Linux', () => {
    expect(
      runs(/playwright install (--with-deps )?chromium/)
        .map((s) => s.if)
        .sort(),
    ).toEqual(["runner.os != 'Linux'", "runner.os == 'Linux'"]);
    expect(runs(/apt-get install .*\bxvfb\b/).every(onLinux)).toBe(true);
    expect(runs(/apt-get install .*\bxvfb\b/)).toHaveLength(1);
  });

  it('runs the real-Electron smoke test after downloading Electron, under xvfb-run on Linux', () => {
    const smoke = runs(/tests\/e2e\/electron-smoke\.spec\.ts/);
    expect(smoke.filter(onLinux).map((s) => s.run)).toEqual([
      'xvfb-run -a npx playwright test tests/e2e/electron-smoke.spec.ts',
    ]);
    expect(smoke.filter(offLinux).map((s) => s.run)).toEqual([
      'npx playwright test tests/e2e/electron-smoke.spec.ts',
    ]);
    const download = steps.findIndex((s) => s.run === 'npx install-electron');
    expect(download).toBeGreaterThan(-1);
    for (const s of smoke) expect(steps.indexOf(s)).toBeGreaterThan(download);
  });

  it('makes chrome-sandbox setuid root on Linux before the smoke test, as README tells Ubuntu 24.04 users (never --no-sandbox)', () => {
    const sandbox = runs(/chmod 4755 node_modules\/electron\/dist\/chrome-sandbox/);
    expect(sandbox.map((s) => s.if)).toEqual(["runner.os == 'Linux'"]);
    expect(sandbox[0]!.run).toMatch(/chown root:root node_modules\/electron\/dist\/chrome-sandbox/);
    const smokeOnLinux = runs(/tests\/e2e\/electron-smoke\.spec\.ts/).filter(onLinux);
    expect(steps.indexOf(sandbox[0]!)).toBeLessThan(steps.indexOf(smokeOnLinux[0]!));
    expect(steps.some((s) => s.run?.includes('--no-sandbox'))).toBe(false);
  });

  it('packages unsigned installers with npm run dist and uploads them from out/', () => {
    expect(job.env?.CSC_IDENTITY_AUTO_DISCOVERY).toBe('false');
    const dist = steps.findIndex((s) => s.run === 'npm run dist');
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(dist).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(dist);
    const paths = String(steps[upload]!.with?.path).trim().split('\n');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^out\//);
    expect(steps[upload]!.with?.['if-no-files-found']).toBe('error');
    expect(String(steps[upload]!.with?.name)).toContain('${{ matrix.os }}');
  });
});
