// First start: downloads the Electron runtime with visible progress, then lets Electron's own
// installer unpack it from the cache. The download is driven through @electron/get (the library
// the installer uses, with the same version, checksums, platform, cache and mirror settings) so
// the progress shows and a failure keeps its real cause; nothing is cut short on a slow link —
// only a download that receives no bytes at all for `stallMs` is stopped.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How long a download may go without receiving a single byte before it is stopped (ms). */
export const STALL_MS = 5 * 60_000;

/**
 * The platform and arch Electron's installer would pick (same environment variables, and the
 * arm64 build for an x64 Node running under Rosetta).
 * @param {NodeJS.ProcessEnv} env
 */
export function installTarget(env = process.env) {
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  let arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  if (
    platform === 'darwin' &&
    process.platform === 'darwin' &&
    arch === 'x64' &&
    env.npm_config_arch === undefined
  ) {
    try {
      if (
        execFileSync('sysctl', ['-in', 'sysctl.proc_translated'], { encoding: 'utf8' }).trim() ===
        '1'
      )
        arch = 'arm64';
    } catch {
      // Not under Rosetta (or no sysctl): keep x64.
    }
  }
  return { platform, arch };
}

/**
 * One line of progress, e.g. "Downloading Electron 45.5.0: 23.4 of 110.2 MB (21%)".
 * @param {string} version
 * @param {{ transferred: number, total: number | null }} progress
 * @returns {string}
 */
export function formatProgress(version, { transferred, total }) {
  const mb = (bytes) => (bytes / 1_000_000).toFixed(1);
  if (!total) return `Downloading Electron ${version}: ${mb(transferred)} MB`;
  return `Downloading Electron ${version}: ${mb(transferred)} of ${mb(total)} MB (${Math.floor((transferred / total) * 100)}%)`;
}

/**
 * Writes progress to a stream: redrawn in place on a terminal, one line per tenth otherwise.
 * @param {string} version
 * @param {{ isTTY?: boolean, write(text: string): unknown }} [stream]
 */
export function progressPrinter(version, stream = process.stdout) {
  let lastTenth = -1;
  let drawn = false;
  return {
    update(progress) {
      if (stream.isTTY) {
        stream.write(`\r${formatProgress(version, progress)}`);
        drawn = true;
        return;
      }
      const tenth = progress.total ? Math.floor((progress.transferred / progress.total) * 10) : -1;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${formatProgress(version, progress)}\n`);
      }
    },
    end() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

/**
 * Downloads the Electron zip into @electron/get's cache (where the installer then finds it) and
 * resolves to its path; rejects with the library's own error, or with an error whose code is
 * ELECTRON_DOWNLOAD_STALLED when no bytes arrived for `stallMs`. Mirror settings (ELECTRON_MIRROR,
 * .npmrc electron_mirror, …) are read from process.env by @electron/get itself, as for the
 * installer; `mirror` is the fallback base URL when none is set.
 * @param {{ electronDir: string, env?: NodeJS.ProcessEnv, stallMs?: number, mirror?: string, onProgress?: (p: { transferred: number, total: number | null }) => void }} options
 * @returns {Promise<string>}
 */
export async function downloadElectronZip({
  electronDir,
  env = process.env,
  stallMs = STALL_MS,
  mirror,
  onProgress = () => {},
}) {
  const requireFromElectron = createRequire(join(electronDir, 'package.json'));
  const { downloadArtifact } = await import(
    pathToFileURL(requireFromElectron.resolve('@electron/get')).href
  );
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const remoteChecksums =
    env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums;
  const controller = new AbortController();
  let stalled = false;
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  arm();
  try {
    return await downloadArtifact({
      version,
      artifactName: 'electron',
      ...installTarget(env),
      force: env.force_no_cache === 'true',
      cacheRoot: env.electron_config_cache,
      mirrorOptions: mirror ? { mirror } : undefined,
      checksums: remoteChecksums
        ? undefined
        : JSON.parse(readFileSync(join(electronDir, 'checksums.json'), 'utf8')),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: (progress) => {
          arm();
          onProgress(progress);
        },
      },
    });
  } catch (error) {
    if (!stalled) throw error;
    throw Object.assign(
      new Error(`No data arrived for ${Math.round(stallMs / 1000)} s`, { cause: error }),
      { code: 'ELECTRON_DOWNLOAD_STALLED' },
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs Electron's installer (which unpacks the cached zip and writes path.txt); its stdout shows,
 * its stderr is kept for the classification. Resolves to { code, stderr }.
 * @param {string} electronDir
 * @param {NodeJS.ProcessEnv} [env]
 */
export function runElectronInstaller(electronDir, env = process.env) {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer))
    return Promise.resolve({ code: 1, stderr: `Electron's installer ${installer} is missing` });
  const childEnv = { ...env };
  // The zip was just fetched into the cache; do not make the installer fetch it again.
  delete childEnv.force_no_cache;
  return new Promise((done) => {
    const child = spawn(process.execPath, [installer], {
      cwd: electronDir,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: childEnv,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) =>
      done({ code: 1, stderr: `${stderr}${error.code ?? ''} ${error.message}` }),
    );
    child.on('close', (code) => done({ code: code ?? 1, stderr }));
  });
}
