// `npm start`: makes sure the Electron runtime is there (downloading it on first start, with
// progress), builds the app, checks the build left the three bundles and that Electron's sandbox
// can start on this Linux system, then launches it. Whatever stops it is told in one sentence on
// stderr with the fix, exit status 1, no stack trace.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { classifyDownloadFailure, downloadFailureMessage, errorText } from './download-failure.mjs';
import { ELECTRON_DIR, ROOT, electronVersion, findElectronBinary } from './electron-binary.mjs';
import {
  STALL_MS,
  downloadElectronZip,
  progressPrinter,
  runElectronInstaller,
} from './electron-download.mjs';
import { isMainModule } from './is-main-module.mjs';
import { nodeSandboxFs, sandboxMessage, sandboxProblem } from './linux-sandbox.mjs';

export { findElectronBinary } from './electron-binary.mjs';

/** What `npm start` launches: without any of these there is no app to show. */
export const BUNDLES = Object.freeze([
  'dist/main/main.cjs',
  'dist/preload/preload.cjs',
  'dist/renderer/index.html',
]);

/** Slack for coarse file-system timestamps (FAT keeps 2 s) when telling a fresh bundle from a stale one. */
const TIMESTAMP_SLACK_MS = 2_000;

/**
 * The bundles a build did not produce under `root`: missing, or (with `since`) older than the build.
 * @param {string} root
 * @param {{ since?: number, mtimeMs?: (path: string) => number | undefined }} [options]
 * @returns {string[]}
 */
export function missingBundles(root, { since, mtimeMs = modifiedAt } = {}) {
  return BUNDLES.filter((bundle) => {
    const modified = mtimeMs(join(root, bundle));
    return modified === undefined || (since !== undefined && modified < since - TIMESTAMP_SLACK_MS);
  });
}

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The one sentence printed when the build left no complete app to launch.
 * @param {string[]} missing
 * @returns {string}
 */
export function missingBundlesMessage(missing) {
  return `Closing Session did not start because the build did not produce ${missing.join(', ')}: run \`npm run build\`, fix what it reports, then \`npm start\` again.`;
}

/**
 * The one sentence printed when ELECTRON_OVERRIDE_DIST_PATH names a folder without Electron.
 * @param {string} version
 * @param {string} overridePath
 * @returns {string}
 */
export function missingElectronMessage(version, overridePath) {
  return (
    `Closing Session cannot start because ELECTRON_OVERRIDE_DIST_PATH names ${overridePath}, which holds no Electron ${version} binary: ` +
    `point it at a folder that holds one, or unset it so that \`npm start\` (or \`npx install-electron\`) downloads Electron while connected to the internet.`
  );
}

/** Downloads and installs Electron; resolves to undefined on success or the sentence saying why not. */
async function installElectron(version) {
  console.log(`Downloading the Electron ${version} runtime (first start only)…`);
  const progress = progressPrinter(version);
  try {
    await downloadElectronZip({ electronDir: ELECTRON_DIR, onProgress: (p) => progress.update(p) });
  } catch (error) {
    progress.end();
    const text = errorText(error);
    return downloadFailureMessage(classifyDownloadFailure(text), {
      version,
      text,
      stallMinutes: STALL_MS / 60_000,
    });
  }
  progress.end();
  const installed = await runElectronInstaller(ELECTRON_DIR);
  if (installed.code === 0 && findElectronBinary()) return undefined;
  return downloadFailureMessage(classifyDownloadFailure(installed.stderr), {
    version,
    text: installed.stderr,
  });
}

function run(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (error) => done({ code: null, error }));
    child.on('exit', (code, signal) => done({ code, signal }));
  });
}

function launch(binary, args) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, args, { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((done) => {
    child.on('error', (error) => {
      console.error(
        `Closing Session could not launch Electron (${error.code ?? error.message}); reinstall it with \`npx install-electron\`.`,
      );
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const version = electronVersion();
  if (!version) {
    console.error(
      'Closing Session cannot start because the electron package is not installed: run `npm install` first.',
    );
    return 1;
  }
  let binary = findElectronBinary();
  if (!binary && process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    console.error(missingElectronMessage(version, process.env.ELECTRON_OVERRIDE_DIST_PATH));
    return 1;
  }
  if (!binary) {
    const failure = await installElectron(version);
    if (failure) {
      console.error(failure);
      return 1;
    }
    binary = findElectronBinary();
  }

  const buildStarted = Date.now();
  const built = await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
  if (built.code !== 0) {
    console.error('Building the app failed; see the messages above.');
    return 1;
  }
  const missing = missingBundles(ROOT, { since: buildStarted });
  if (missing.length > 0) {
    console.error(missingBundlesMessage(missing));
    return 1;
  }

  const uid = process.getuid?.();
  const problem = sandboxProblem({ platform: process.platform, uid, binary, fs: nodeSandboxFs });
  if (problem) {
    console.error(sandboxMessage(problem));
    return 1;
  }

  const args = ['.'];
  if (process.platform === 'linux' && uid === 0) {
    console.warn(
      'Running as root: starting Electron with --no-sandbox (Chromium refuses its sandbox for root); run as a normal user for the full sandbox.',
    );
    args.unshift('--no-sandbox');
  }
  return launch(binary, args);
}

if (isMainModule(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(
        `Closing Session could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
