// The Windows journey (tests/windows/journey.ts) bundled into one CommonJS file and run by the
// Windows build of Node: natively on Windows, under Wine elsewhere (native addons do not load
// there, hence the bundle). Used by `npm run test:windows` and `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureRuntime, NODE_WINDOWS } from './node-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Wine's view of a Unix path: the root file system is drive Z:. */
export function toWinePath(path) {
  return `Z:${path.replace(/\//g, '\\')}`;
}

/** Whether `wine` can be started here. */
export function hasWine() {
  return spawnSync('wine', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Bundles the journey into `<dir>/journey.cjs` with pdfkit's data folder next to it (pdfkit
 * reads it by `__dirname`); resolves to the bundle's path.
 */
export async function bundleJourney(dir) {
  const outfile = join(dir, 'journey.cjs');
  await build({
    entryPoints: [resolve(root, 'tests/windows/journey-main.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    absWorkingDir: root,
    logLevel: 'warning',
    charset: 'utf8',
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleUrl' },
  });
  await cp(resolve(root, 'node_modules/pdfkit/js/data'), join(dir, 'data'), { recursive: true });
  return outfile;
}

/** How long the journey may take on a quiet machine (it takes about a minute), before the machine factor. */
export const JOURNEY_DEADLINE_MS = 8 * 60_000;

/**
 * Runs a command with stdout and stderr going to files (a pipe gives EBADF under Wine); resolves
 * after exit, or after `deadlineMs` with the command killed and `timedOut` set.
 */
async function runToFiles(command, args, { env, stdoutPath, stderrPath, deadlineMs }) {
  const [out, err] = await Promise.all([open(stdoutPath, 'w'), open(stderrPath, 'w')]);
  try {
    let timedOut = false;
    const code = await new Promise((done) => {
      const child = spawn(command, args, { env, stdio: ['ignore', out.fd, err.fd] });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, deadlineMs);
      child.on('error', () => done(1));
      child.on('close', (status) => {
        clearTimeout(timer);
        done(status ?? 1);
      });
    });
    return {
      timedOut,
      deadlineMs,
      code,
      stdout: await readFile(stdoutPath, 'utf8'),
      stderr: await readFile(stderrPath, 'utf8'),
    };
  } finally {
    await Promise.all([out.close(), err.close()]);
  }
}

/**
 * Reads the journey's outcome from its exit code and output (failed when it was stopped at its
 * deadline). Passed only when it printed
 * `{ ok: true, summary }` from inside Windows (`process.platform === 'win32'`) and exited 0.
 */
export function judgeJourney({ code, stdout, stderr, timedOut = false, deadlineMs = 0 }) {
  if (timedOut)
    return {
      status: 'failed',
      message: `the journey did not end within ${Math.round(deadlineMs / 1000)} s and was stopped (something kept the process open)`,
    };
  const line = stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1);
  let report;
  try {
    report = line ? JSON.parse(line) : undefined;
  } catch {
    report = undefined;
  }
  const tail = stderr.trim().split('\n').slice(-5).join('\n');
  if (!report)
    return {
      status: 'failed',
      message: `the journey printed no report (exit ${code})${tail ? `:\n${tail}` : ''}`,
    };
  if (!report.ok) {
    const done = report.steps?.length ? ` after: ${report.steps.join(', ')}` : ' at the first step';
    return {
      status: 'failed',
      message: `${report.error}${report.code ? ` (${report.code})` : ''}${done}`,
    };
  }
  const s = report.summary;
  if (s.platform !== 'win32')
    return { status: 'failed', message: `the journey ran on ${s.platform}, not win32` };
  if (code !== 0)
    return { status: 'failed', message: `the journey reported success but exited ${code}` };
  return {
    status: 'passed',
    message: `${s.saves} saves ok, handout ${s.handoutPages} pages, letter ${s.letterPages} page(s), backup of ${s.backupRecords} records, restore verified, lock/unlock, settings kept, ${s.quarantined} damaged record quarantined (Node ${s.node}, ${s.platform})`,
  };
}

/** How the journey is started here: natively on Windows, under Wine elsewhere, or why not at all. */
export function journeyHost() {
  if (process.platform === 'win32') return { native: true };
  if (!hasWine()) return { skip: 'wine is not installed (Debian: apt-get install wine)' };
  return { native: false };
}

/**
 * The environment for the Windows build of Node under Wine (or natively on Windows): a private
 * Wine prefix, Wine's own logging off, no Mono or Gecko install prompts, and Node's check for a
 * supported Windows version skipped (Wine reports an old one).
 */
export function wineEnv(prefix) {
  return {
    ...process.env,
    NODE_SKIP_PLATFORM_CHECK: '1',
    WINEDEBUG: '-all',
    WINEPREFIX: prefix,
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
  };
}

/** Stops the Wine server of a prefix and waits until it has gone, so its folder can be removed. */
export function stopWineServer(env) {
  for (const flag of ['-k', '-w']) spawnSync('wineserver', [flag], { env, stdio: 'ignore' });
}

/**
 * Bundles and runs the journey; resolves to `{ status: 'passed' | 'failed' | 'skipped', message }`.
 * `log` receives progress lines.
 */
export async function runWindowsJourney(log = () => {}) {
  const host = journeyHost();
  if (host.skip) return { status: 'skipped', message: host.skip };
  let node = process.execPath;
  if (!host.native) {
    const runtime = await ensureRuntime(NODE_WINDOWS);
    if (!runtime.binary)
      return { status: 'skipped', message: `no Windows Node: ${runtime.reason}` };
    node = runtime.binary;
  }
  const work = await mkdtemp(join(tmpdir(), 'cs-windows-journey-'));
  const prefix = join(work, 'wineprefix');
  const env = wineEnv(prefix);
  try {
    const bundle = await bundleJourney(join(work, 'bundle'));
    const path = host.native ? (p) => p : toWinePath;
    const args = [bundle, join(work, 'journey'), resolve(root, 'resources')].map(path);
    log(
      host.native
        ? `Running the journey with ${node}`
        : `Running the journey with ${NODE_WINDOWS.name}@${NODE_WINDOWS.version} under Wine (the first start sets up a Wine prefix)`,
    );
    const outcome = await runToFiles(
      host.native ? node : 'wine',
      host.native ? args : [node, ...args],
      {
        env,
        stdoutPath: join(work, 'stdout.txt'),
        stderrPath: join(work, 'stderr.txt'),
        deadlineMs: JOURNEY_DEADLINE_MS * (Number(process.env.CS_MACHINE_FACTOR) || 1),
      },
    );
    return judgeJourney(outcome);
  } finally {
    if (!host.native) stopWineServer(env);
    await rm(work, { recursive: true, force: true, maxRetries: 3 });
  }
}
