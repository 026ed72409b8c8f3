import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runElectronegativity, stageSources, unexcused } from '../../scripts/security-gate.mjs';

const exclusions = JSON.parse(
  readFileSync('scripts/security/electronegativity-exclusions.json', 'utf8'),
).exclusions as {
  check: string;
  file: string;
  reason: string;
}[];

describe('security gate (Electronegativity)', () => {
  it('has a reason for every exclusion', () => {
    expect(exclusions.length).toBeGreaterThan(0);
    for (const exclusion of exclusions)
      expect(exclusion.reason.length, exclusion.check).toBeGreaterThan(40);
  });

  it('finds nothing outside the exclusion list in the app sources', () => {
    const staged = stageSources();
    try {
      const findings = runElectronegativity(staged);
      expect(unexcused(findings)).toEqual([]);
    } finally {
      rmSync(staged, { recursive: true, force: true });
    }
  });

  it('fails on a deliberately insecure window', () => {
    const open = unexcused(runElectronegativity('tests/fixtures/security/bad-app'));
    const checks = open.map((f) => f.check);
    expect(checks).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(checks).toContain('WEB_SECURITY_JS_CHECK');
    expect(checks).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
  });

  it('excuses a finding only for the exact check and file', () => {
    const finding = {
      check: 'SANDBOX_JS_CHECK',
      file: 'electron/main/other-window.ts',
      line: 3,
      message: '',
    };
    expect(unexcused([finding])).toEqual([finding]);
    expect(unexcused([{ ...finding, file: 'electron/main/main-window.ts' }])).toEqual([]);
  });
});
