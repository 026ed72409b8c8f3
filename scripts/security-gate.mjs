// Security gate: runs Electronegativity (pinned) over the app's sources for Electron's exact
// version, parses its SARIF output (it exits 0 even with findings) and fails on any finding not in
// the reasoned exclusion list. Usage: node scripts/security-gate.mjs [sourceRoot]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainModule } from './is-main-module.mjs';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXCLUSIONS = JSON.parse(
  readFileSync(join(ROOT, 'scripts/security/electronegativity-exclusions.json'), 'utf8'),
).exclusions;

/** The exact Electron version the app ships with. */
export function electronVersion() {
  return require('electron/package.json').version;
}

/** Runs Electronegativity over a folder and returns its findings as {check, file, line, message}. */
export function runElectronegativity(inputDir, version = electronVersion()) {
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const sarif = join(work, 'result.sarif');
  try {
    const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
    // The security-fix lookup needs the network and is turned off; the translations fetch is
    // answered offline by the preload (see offline-got.cjs).
    const offline = join(ROOT, 'scripts/security/offline-got.cjs');
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        offline,
        cli,
        '-i',
        inputDir,
        '-e',
        version,
        '-r',
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-o',
        sarif,
        '-v',
        'false',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      },
    );
    if (!existsSync(sarif))
      throw new Error(
        `Electronegativity wrote no report (exit ${run.status}): ${run.stderr || run.stdout}`,
      );
    return parseSarif(JSON.parse(readFileSync(sarif, 'utf8')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Turns a SARIF report into plain findings. */
export function parseSarif(report) {
  const findings = [];
  for (const run of report.runs ?? []) {
    for (const result of run.results ?? []) {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      findings.push({
        check: result.ruleId,
        file: uri.startsWith('file://') ? '*' : uri,
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      });
    }
  }
  return findings;
}

/** The findings not covered by an exclusion (same check, and same file or a global one). */
export function unexcused(findings, exclusions = EXCLUSIONS) {
  return findings.filter(
    (f) =>
      !exclusions.some(
        (e) => e.check === f.check && (e.file === '*' ? f.file === '*' : f.file === e.file),
      ),
  );
}

/** Copies the app's own sources (no node_modules, tests or builds) into a temporary folder. */
export function stageSources(root = ROOT) {
  const staged = mkdtempSync(join(tmpdir(), 'closing-session-sources-'));
  for (const part of ['electron', 'core', 'renderer/src', 'renderer/index.html', 'package.json']) {
    cpSync(join(root, part), join(staged, part), { recursive: true });
  }
  return staged;
}

if (isMainModule(import.meta.url)) {
  const input = process.argv[2] ? resolve(process.argv[2]) : stageSources();
  try {
    const findings = runElectronegativity(input);
    const open = unexcused(findings);
    console.log(
      `Electronegativity ${electronVersion()}: ${findings.length} findings, ${findings.length - open.length} excused with a reason, ${open.length} open.`,
    );
    for (const f of open)
      console.log(`  ✗ ${f.check} ${f.file}:${f.line} — ${f.message.split('\n')[0]}`);
    process.exitCode = open.length === 0 ? 0 : 1;
  } finally {
    if (!process.argv[2]) rmSync(input, { recursive: true, force: true });
  }
}
