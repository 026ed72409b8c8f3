// Builds everything the app needs to run: the main process and preload (esbuild) and the
// renderer (Vite). Used by `npm start` and by the test run before the end-to-end suite.
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { buildElectron } from './build-electron.mjs';
import { isMainModule } from './is-main-module.mjs';

/** Builds main, preload and renderer into dist/. */
export async function buildAll({ quiet = false } = {}) {
  await buildElectron();
  if (quiet) process.env.CLOSING_SESSION_BUILD_QUIET = '1';
  await viteBuild({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: quiet ? 'warn' : 'info',
  });
}

if (isMainModule(import.meta.url)) {
  buildAll({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
