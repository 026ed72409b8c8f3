// Builds everything the app needs to run: the main process and preload (esbuild) and the
// renderer (Vite). Used by `npm start` and by the test run before the end-to-end suite.
import { build as viteBuild } from 'vite';
import { buildElectron } from './build-electron.mjs';

/** Builds main, preload and renderer into dist/. */
export async function buildAll({ quiet = false } = {}) {
  await buildElectron();
  if (quiet) process.env.CLOSING_SESSION_BUILD_QUIET = '1';
  await viteBuild({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: quiet ? 'warn' : 'info' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
