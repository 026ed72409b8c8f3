// `npm start`: makes sure the Electron runtime is there, builds the app, then launches it.
// Where the Electron binary is missing and cannot be downloaded (for example offline), it prints
// one sentence saying so and how to fix it, and exits with status 1 — no stack trace, well within
// a minute (the download attempt is bounded).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');

/** How long the one download attempt may take before we give up (ms). */
export const DOWNLOAD_TIMEOUT_MS = 40_000;

function electronVersion() {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron executable to launch, found the way node_modules/electron/index.js finds it
 * (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) but without its download side effect;
 * undefined when it is not on disk.
 */
export function findElectronBinary(env = process.env) {
  if (!existsSync(join(electronDir, 'package.json'))) return undefined;
  let relativePath;
  try {
    relativePath = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || undefined;
  } catch {
    relativePath = undefined;
  }
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath ?? platformExecutable())
    : relativePath && join(electronDir, 'dist', relativePath);
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/** Runs electron's own installer once, silently, for at most `timeoutMs`; resolves when it ends. */
function tryDownloadElectron(timeoutMs) {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return Promise.resolve();
  return new Promise((done) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore', timeout: timeoutMs, killSignal: 'SIGKILL' });
    child.on('error', () => done());
    child.on('exit', () => done());
  });
}

/** The one sentence printed when Electron cannot be had. */
export function missingElectronMessage(version = electronVersion() ?? 'the pinned version') {
  return (
    `Closing Session cannot start because the Electron ${version} runtime is not installed and could not be downloaded ` +
    '(this computer seems to be offline): run `npx install-electron` (or `node node_modules/electron/install.js`) ' +
    `once while connected to the internet, or set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds the Electron ${version} binary.`
  );
}

function run(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => done({ code: null, error }));
    child.on('exit', (code, signal) => done({ code, signal }));
  });
}

async function buildApp() {
  const buildScript = join(root, 'scripts', 'build.mjs');
  if (existsSync(buildScript)) return (await run(process.execPath, [buildScript])).code === 0;
  const { buildElectron } = await import('./build-electron.mjs');
  await buildElectron();
  return (await run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build'])).code === 0;
}

async function main() {
  if (!existsSync(join(electronDir, 'package.json'))) {
    console.error('Closing Session cannot start because the electron package is not installed: run `npm install` first.');
    return 1;
  }
  let binary = findElectronBinary();
  if (!binary && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    // Say something only if the download takes a while (offline it fails at once).
    const notice = setTimeout(() => console.log('Downloading the Electron runtime (first start only)…'), 3_000);
    await tryDownloadElectron(DOWNLOAD_TIMEOUT_MS);
    clearTimeout(notice);
    binary = findElectronBinary();
  }
  if (!binary) {
    console.error(missingElectronMessage());
    return 1;
  }

  let built = false;
  try {
    built = await buildApp();
  } catch (error) {
    console.error(`Building the app failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!built) {
    console.error('Building the app failed; see the messages above.');
    return 1;
  }

  const args = ['.'];
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.warn('Running as root: starting Electron with --no-sandbox (Chromium refuses its sandbox for root); run as a normal user for the full sandbox.');
    args.unshift('--no-sandbox');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((done) => {
    child.on('error', (error) => {
      console.error(`Closing Session could not launch Electron (${error.code ?? error.message}); reinstall it with \`npx install-electron\`.`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Closing Session could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
