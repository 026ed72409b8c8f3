// `npm start` where it cannot launch: one clear sentence on stderr naming the real cause and the
// fix, exit status 1, no stack trace — for a missing binary, a failed first-start download
// (against a local stand-in for the release mirror) and a build that left no bundle.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'cs-start-'));
const empty = join(work, 'empty');
mkdirSync(empty);
afterAll(() => rmSync(work, { recursive: true, force: true }));

type StartModule = {
  findElectronBinary(env: Record<string, string | undefined>): string | undefined;
  missingElectronMessage(version: string, overridePath: string): string;
  missingBundles(root: string, options?: { since?: number }): string[];
  missingBundlesMessage(missing: string[]): string;
  BUNDLES: readonly string[];
};
const loadStart = async () =>
  (await import(pathToFileURL(resolve('scripts/start.mjs')).href)) as StartModule;
const sentences = (text: string) => text.match(/\.(\s|$)/g)?.length ?? 0;

/** The environment without any mirror setting that would take precedence over ours. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/electron_(mirror|custom_dir|override_dist_path)|^force_no_cache$/i.test(key),
    ),
  );
  return { ...env, ...extra };
}

/** Runs a script to its end without blocking this process (the local server must answer). */
function runNode(args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function expectOneCleanSentence(stderr: string, stdout: string) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(sentences(lines[0]!)).toBe(1);
  expect(`${stdout}${stderr}`).not.toMatch(/^\s+at\s/m);
  return lines[0]!;
}

describe('npm start without the Electron binary', () => {
  it('says ELECTRON_OVERRIDE_DIST_PATH holds no binary, in one sentence, and exits 1', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: empty }),
    });
    expect(run.status).toBe(1);
    const line = expectOneCleanSentence(run.stderr, run.stdout);
    expect(line).toContain(`ELECTRON_OVERRIDE_DIST_PATH names ${empty}, which holds no Electron`);
    expect(line).toMatch(/npx install-electron/);
    expect(run.stdout.trim()).toBe('');
  });

  it('finds the binary where ELECTRON_OVERRIDE_DIST_PATH has one, and not where it does not', async () => {
    const { findElectronBinary } = await loadStart();
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeUndefined();
    const dist = join(work, 'dist');
    const name =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron';
    mkdirSync(join(dist, name, '..'), { recursive: true });
    writeFileSync(join(dist, name), '');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, name));
  });
});

describe('npm start on first launch, when the download fails', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.statusCode = 404;
      response.end('Not Found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  async function start(mirror: string, context: { skip: (note: string) => void }) {
    const { findElectronBinary } = await loadStart();
    if (findElectronBinary({}))
      context.skip('Electron is installed in this checkout, so npm start would not download it');
    const env = cleanEnv({
      ELECTRON_MIRROR: mirror,
      electron_config_cache: mkdtempSync(join(work, 'cache-')),
    });
    return runNode(['scripts/start.mjs'], { env });
  }

  it('shows the download starting and reports an unreachable server with its error code', async (context) => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
    await new Promise((done) => probe.close(done));
    const run = await start(closed, context);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /Downloading the Electron \d+\.\d+\.\d+ runtime \(first start only\)/,
    );
    const line = expectOneCleanSentence(run.stderr, run.stdout);
    expect(line).toMatch(
      /could not be reached \(ECONNREFUSED\), so this computer seems to be offline/,
    );
  });

  it('reports a 404 as a wrong mirror setting, not as being offline', async (context) => {
    const run = await start(base, context);
    expect(run.status).toBe(1);
    const line = expectOneCleanSentence(run.stderr, run.stdout);
    expect(line).toMatch(/404 Not Found.*ELECTRON_MIRROR/);
    expect(line).not.toMatch(/offline/);
  });
});

describe('npm start after a build that produced nothing', () => {
  it.skipIf(process.platform === 'win32')(
    'refuses to launch Electron and says which bundles are missing',
    async () => {
      const root = join(work, 'Clínica notes', 'closing-session');
      mkdirSync(root, { recursive: true });
      cpSync('scripts', join(root, 'scripts'), { recursive: true });
      cpSync('package.json', join(root, 'package.json'));
      symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
      writeFileSync(
        join(root, 'scripts', 'build.mjs'),
        '// A build that exits 0 having built nothing.\n',
      );
      const fake = join(work, 'fake-electron');
      mkdirSync(fake);
      const launched = join(work, 'launched');
      writeFileSync(join(fake, 'electron'), `#!/bin/sh\ntouch '${launched}'\n`);
      chmodSync(join(fake, 'electron'), 0o755);
      const run = await runNode(['scripts/start.mjs'], {
        cwd: root,
        env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: fake }),
      });
      expect(run.status).toBe(1);
      const line = expectOneCleanSentence(run.stderr, run.stdout);
      expect(line).toContain(
        'did not produce dist/main/main.cjs, dist/preload/preload.cjs, dist/renderer/index.html',
      );
      expect(existsSync(launched)).toBe(false);
    },
  );

  it('counts a bundle left over from an earlier build as not produced', async () => {
    const { missingBundles, missingBundlesMessage, BUNDLES } = await loadStart();
    const root = join(work, 'stale');
    for (const bundle of BUNDLES) {
      mkdirSync(join(root, bundle, '..'), { recursive: true });
      writeFileSync(join(root, bundle), '');
    }
    const buildStarted = Date.now();
    expect(missingBundles(root, { since: buildStarted })).toEqual([]);
    const anHourAgo = new Date(buildStarted - 3_600_000);
    utimesSync(join(root, 'dist/preload/preload.cjs'), anHourAgo, anHourAgo);
    expect(missingBundles(root, { since: buildStarted })).toEqual(['dist/preload/preload.cjs']);
    rmSync(join(root, 'dist/renderer/index.html'));
    expect(missingBundles(root)).toEqual(['dist/renderer/index.html']);
    expect(sentences(missingBundlesMessage(['dist/main/main.cjs']))).toBe(1);
  });
});
