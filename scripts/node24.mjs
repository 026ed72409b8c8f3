// Node 24, the major Electron 45 embeds, for running the unit suite on the app's own runtime.
import { ensureRuntime, NODE_24_LINUX } from './node-runtime.mjs';

/** The Node major the app runs on inside Electron 45. */
export const ELECTRON_NODE_MAJOR = 24;

/**
 * Finds a Node 24 binary: this Node when it already is 24.x, else the pinned registry package
 * (Linux x64; fetched once into the cache). Resolves to `{ binary, version }` or `{ reason }`.
 */
export async function findNode24({
  version = process.versions.node,
  platform = process.platform,
  arch = process.arch,
  execPath = process.execPath,
} = {}) {
  if (Number(version.split('.')[0]) === ELECTRON_NODE_MAJOR) return { binary: execPath, version };
  if (platform !== 'linux' || arch !== 'x64')
    return {
      reason: `no pinned Node ${ELECTRON_NODE_MAJOR} package for ${platform}-${arch}; install Node ${ELECTRON_NODE_MAJOR} to test on Electron's runtime`,
    };
  const runtime = await ensureRuntime(NODE_24_LINUX);
  return runtime.binary
    ? { binary: runtime.binary, version: NODE_24_LINUX.version }
    : { reason: runtime.reason };
}
