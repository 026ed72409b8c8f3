// Bundles the Electron main process and preload with esbuild:
//   electron/main/main.ts       → dist/main/main.cjs       (CommonJS, Node platform)
//   electron/preload/preload.ts → dist/preload/preload.cjs (one self-contained CommonJS file,
//                                  as a sandboxed preload must be)
// Run directly (`node scripts/build-electron.mjs [--out-dir DIR]`) or import buildElectron().
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainModule } from './is-main-module.mjs';
import { electronPackagesFile, writeElectronPackages } from './third-party-notices-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Electron 45 ships Node 24 and Chromium 156 (electron-to-chromium: 45.0 → 156). */
const NODE_TARGET = 'node24';
const CHROME_TARGET = 'chrome156';

/**
 * Packages the main bundle leaves to node_modules at run time:
 * - electron: provided by the runtime;
 * - pdfkit: reads its font metrics and colour profiles from files next to its own code
 *   (`__dirname + '/data/...'`), which bundling would break; it is a plain CommonJS package.
 * Fonts (committed under resources/fonts) are read as files by path, not
 * imported, so they need no entry here. Everything else is bundled, including ESM-only
 * packages such as electron-store and conf, so main.cjs never needs require(esm).
 * - abstract-socket: @homebridge/dbus-native's optional native addon, required inside a
 *   try/catch only for `unix:abstract=` addresses; electron/main/dbus-bus.ts opens the socket
 *   itself (Node's net reaches abstract sockets), so it is never loaded and never shipped.
 */
export const MAIN_EXTERNALS = Object.freeze(['electron', 'pdfkit', 'abstract-socket']);

/** The preload may require nothing but electron (a sandboxed preload has no Node modules). */
export const PRELOAD_EXTERNALS = Object.freeze(['electron']);

/** Bundles main and preload into `outDir` (default dist/); resolves to the two output paths. */
export async function buildElectron({ outDir = resolve(root, 'dist'), logLevel = 'warning' } = {}) {
  const mainFile = resolve(outDir, 'main', 'main.cjs');
  const preloadFile = resolve(outDir, 'preload', 'preload.cjs');
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    absWorkingDir: root,
    logLevel,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
  };
  const [mainResult, preloadResult] = await Promise.all([
    build({
      ...common,
      entryPoints: [resolve(root, 'electron/main/main.ts')],
      outfile: mainFile,
      target: NODE_TARGET,
      external: [...MAIN_EXTERNALS],
      sourcemap: 'linked',
      // Shared service modules use import.meta.url; in the CommonJS bundle it is the bundle's own URL.
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__bundleUrl' },
    }),
    build({
      ...common,
      entryPoints: [resolve(root, 'electron/preload/preload.ts')],
      outfile: preloadFile,
      target: [NODE_TARGET, CHROME_TARGET],
      external: [...PRELOAD_EXTERNALS],
      minify: true,
    }),
  ]);
  // Licence texts are not kept in the bundles (legalComments: 'none'): the packages bundled are
  // recorded here and the renderer build writes their notices (scripts/third-party-notices*.mjs).
  writeElectronPackages(
    electronPackagesFile(outDir),
    { main: mainResult.metafile, preload: preloadResult.metafile },
    root,
  );
  return { main: mainFile, preload: preloadFile };
}

function outDirArgument(argv) {
  const index = argv.indexOf('--out-dir');
  return index >= 0 && argv[index + 1] ? resolve(argv[index + 1]) : undefined;
}

if (isMainModule(import.meta.url)) {
  buildElectron({ outDir: outDirArgument(process.argv.slice(2)) }).then(
    (out) => console.log(`Built ${out.main} and ${out.preload}`),
    (error) => {
      console.error(
        `Building the Electron main process or preload failed: ${error?.message ?? error}`,
      );
      process.exit(1);
    },
  );
}
