// The build's two call sites for third-party notices: scripts/build-electron.mjs records which
// packages esbuild bundled into main and preload (from its metafile), and a Vite plugin adds the
// renderer's bundled modules and assets, the runtime dependencies and the PDF fonts, and emits
// dist/renderer/third-party-notices.json (shown under Help → About) and .txt.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  collectNotices,
  esbuildInputs,
  packageDirsOf,
  renderNoticesText,
  runtimeDependencyDirs,
  USED_IN,
} from './third-party-notices.mjs';

/** The file under an output folder where the main/preload package lists are kept between the two builds. */
export function electronPackagesFile(outDir) {
  return resolve(outDir, 'main', 'bundled-packages.json');
}

/**
 * Writes the packages esbuild bundled, per bundle, as folders relative to `root`.
 * @param {string} file
 * @param {{ main: import('esbuild').Metafile, preload: import('esbuild').Metafile }} metafiles
 * @param {string} root the esbuild working directory
 */
export function writeElectronPackages(file, metafiles, root) {
  const list = Object.fromEntries(
    Object.entries(metafiles).map(([bundle, metafile]) => [
      bundle,
      packageDirsOf(esbuildInputs(metafile), root).map((dir) => relative(root, dir)),
    ]),
  );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(list, null, 2)}\n`);
}

/** Adds `usedIn` for each folder to the map of package folder → where it is used. */
function addAll(map, dirs, usedIn) {
  for (const dir of dirs) map.set(dir, new Set([...(map.get(dir) ?? []), usedIn]));
}

/**
 * Vite plugin: in generateBundle, reads what the renderer bundle really holds (chunk modules and
 * asset sources such as the woff2 UI fonts), joins the main/preload list written by
 * build-electron.mjs, the runtime dependencies and the PDF fonts, and emits the notices.
 * @param {{ root: string, electronPackages: string }} options
 */
export function thirdPartyNotices({ root, electronPackages }) {
  let viteRoot = root;
  return {
    name: 'closing-session:third-party-notices',
    apply: 'build',
    configResolved(config) {
      viteRoot = config.root;
    },
    generateBundle(_options, bundle) {
      if (!existsSync(electronPackages)) {
        this.error(
          `Third-party notices need ${relative(root, electronPackages)}: build main and preload first (scripts/build.mjs does both).`,
        );
      }
      const electron = JSON.parse(readFileSync(electronPackages, 'utf8'));
      const rendererFiles = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? item.moduleIds
          : (item.originalFileNames ?? []).map((name) => resolve(viteRoot, name)),
      );
      const packages = new Map();
      addAll(
        packages,
        (electron.main ?? []).map((dir) => resolve(root, dir)),
        USED_IN.main,
      );
      addAll(
        packages,
        (electron.preload ?? []).map((dir) => resolve(root, dir)),
        USED_IN.preload,
      );
      addAll(packages, packageDirsOf(rendererFiles, root), USED_IN.renderer);
      addAll(packages, runtimeDependencyDirs(root), USED_IN.runtime);
      const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
      const notices = collectNotices({
        root,
        app: { name: manifest.productName ?? manifest.name, version: manifest.version },
        packages,
      });
      this.emitFile({
        type: 'asset',
        fileName: 'third-party-notices.json',
        source: `${JSON.stringify(notices)}\n`,
      });
      this.emitFile({
        type: 'asset',
        fileName: 'third-party-notices.txt',
        source: renderNoticesText(notices),
      });
    },
  };
}
