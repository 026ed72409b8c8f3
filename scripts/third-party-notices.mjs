// Third-party notices: the name, version, licence and full licence/notice texts of every package
// and font the app ships — the packages esbuild bundled into main and preload, the modules and
// assets Vite bundled into the renderer, the runtime `dependencies` electron-builder packs
// unbundled (pdfkit and its own), and the PDF fonts in resources/fonts. Identical texts are kept
// once. scripts/third-party-notices-plugin.mjs calls this at build time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Files in a package's folder that carry its licence or a notice it asks to be kept. */
const NOTICE_FILE =
  /^(licen[cs]e|copying|notice|third[_-]party[_-]licen[cs]es|licen[cs]e[_-]font)([._-].*)?$/i;

/**
 * The fonts in resources/fonts (embedded in PDFs; committed, not installed): the npm package and
 * version each was taken from (as resources/fonts/README.md says) and the licence
 * file shipped beside it. Every .ttf there must match one entry.
 */
export const RESOURCE_FONTS = Object.freeze([
  {
    files: /^DejaVuSans.*\.ttf$/,
    package: 'dejavu-fonts-ttf',
    version: '2.37.3',
    license: 'Bitstream-Vera AND Arev',
    licenseFile: 'LICENSE-DejaVu.txt',
  },
  {
    files: /^NotoSansSC-.*\.ttf$/,
    package: '@expo-google-fonts/noto-sans-sc',
    version: '0.4.3',
    license: 'OFL-1.1',
    licenseFile: 'LICENSE-NotoSansSC-OFL.txt',
  },
  {
    files: /^NotoEmoji-.*\.ttf$/,
    package: '@expo-google-fonts/noto-emoji',
    version: '0.4.7',
    license: 'OFL-1.1',
    licenseFile: 'LICENSE-NotoEmoji-OFL.txt',
  },
]);

/** Where a bundled package is used, as the notices name it. */
export const USED_IN = Object.freeze({
  main: 'main process',
  preload: 'preload',
  renderer: 'interface',
  runtime: 'PDF export (shipped unbundled)',
  fonts: 'fonts embedded in PDFs',
});

/**
 * The package folder a bundled file belongs to (the innermost `node_modules/<name>`), or
 * undefined for the app's own sources. Virtual-module markers and query strings are dropped.
 */
export function packageDirOf(file, root) {
  const path = file.replace(/^\0+/, '').replace(/[?#].*$/, '');
  const absolute = isAbsolute(path) ? path : resolve(root, path);
  const parts = absolute.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const nameParts = parts[at + 1].startsWith('@') ? 2 : 1;
  return parts.slice(0, at + 1 + nameParts).join(sep);
}

/** The package folders among bundled file paths (absolute, or relative to `root`). */
export function packageDirsOf(files, root) {
  return [
    ...new Set(files.map((file) => packageDirOf(file, root)).filter((dir) => dir !== undefined)),
  ].sort();
}

/** The files esbuild put into its outputs (inputs that contributed bytes), relative to the working dir. */
export function esbuildInputs(metafile) {
  return Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

/** Finds `name` as Node would from `fromDir`: the nearest node_modules/<name> upwards. */
function resolvePackageDir(name, fromDir, root) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === dirname(dir) || relative(root, dir).startsWith('..')) return undefined;
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The runtime `dependencies` of the app and, transitively, theirs (optional ones when installed). */
export function runtimeDependencyDirs(root) {
  const seen = new Set();
  const visit = (dir, manifest) => {
    const optional = manifest.optionalDependencies ?? {};
    for (const name of Object.keys({ ...manifest.dependencies, ...optional })) {
      const found = resolvePackageDir(name, dir, root);
      if (!found) {
        if (name in optional) continue;
        throw new Error(
          `Third-party notices: runtime dependency ${name} (of ${manifest.name}) is not installed.`,
        );
      }
      if (seen.has(found)) continue;
      seen.add(found);
      visit(found, readJson(join(found, 'package.json')));
    }
  };
  visit(root, readJson(join(root, 'package.json')));
  return [...seen].sort();
}

function licenseId(manifest) {
  const license = manifest.license ?? manifest.licenses;
  if (typeof license === 'string') return license;
  if (Array.isArray(license))
    return license.map((entry) => entry.type ?? String(entry)).join(' OR ');
  if (license && typeof license === 'object' && 'type' in license) return String(license.type);
  return 'not stated in package.json (see the licence text)';
}

function normalize(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

function noticeFilesIn(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && NOTICE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Builds the notices from package folders, each with where it is used. Throws when a folder has
 * no package.json (a bundled package that is not installed). A package without any licence
 * file is listed with its licence id and says so.
 */
export function collectNotices({
  root,
  app,
  packages,
  fontsDir = join(root, 'resources', 'fonts'),
}) {
  const texts = [];
  const textIndex = new Map();
  const addText = (text) => {
    const key = normalize(text);
    if (!textIndex.has(key)) {
      textIndex.set(key, texts.length);
      texts.push(key);
    }
    return textIndex.get(key);
  };
  const entries = [];
  for (const [dir, usedIn] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
    const manifestFile = join(dir, 'package.json');
    if (!existsSync(manifestFile))
      throw new Error(
        `Third-party notices: ${relative(root, dir)} is bundled but has no package.json (is it installed?).`,
      );
    const manifest = readJson(manifestFile);
    const files = noticeFilesIn(dir);
    const license = licenseId(manifest);
    const textIds =
      files.length > 0
        ? files.map((file) => addText(readFileSync(join(dir, file), 'utf8')))
        : [
            addText(
              `${manifest.name} is licensed under ${license}; the package ships no licence file.`,
            ),
          ];
    entries.push({
      name: manifest.name,
      version: manifest.version,
      license,
      usedIn: [...usedIn].sort(),
      texts: [...new Set(textIds)],
    });
  }
  const fonts = fontNotices(root, fontsDir).map((font) => ({
    ...font.entry,
    texts: [addText(font.text)],
  }));
  entries.sort(
    (a, b) =>
      a.name.localeCompare(b.name) ||
      a.version.localeCompare(b.version, undefined, { numeric: true }),
  );
  return { app, packages: [...entries, ...fonts], texts };
}

/** The PDF fonts in `fontsDir`, each matched to its package and licence file; throws on an unmatched .ttf. */
export function fontNotices(root, fontsDir) {
  const ttfs = readdirSync(fontsDir).filter((file) => file.toLowerCase().endsWith('.ttf'));
  const unmatched = ttfs.filter((file) => !RESOURCE_FONTS.some((font) => font.files.test(file)));
  if (unmatched.length > 0)
    throw new Error(
      `Third-party notices: no licence known for ${unmatched.join(', ')} in ${relative(root, fontsDir)}.`,
    );
  return RESOURCE_FONTS.filter((font) => ttfs.some((file) => font.files.test(file))).map((font) => {
    const files = ttfs.filter((file) => font.files.test(file));
    return {
      entry: {
        name: `${font.package} (${files.join(', ')})`,
        version: font.version,
        license: font.license,
        usedIn: [USED_IN.fonts],
      },
      text: readFileSync(join(fontsDir, font.licenseFile), 'utf8'),
    };
  });
}

/** The notices as plain text: per licence text, the packages under it, then the text itself. */
export function renderNoticesText(notices) {
  const rule = '='.repeat(72);
  const lines = [
    `Third-party notices for ${notices.app.name} ${notices.app.version}`,
    '',
    `${notices.app.name} includes the following packages and fonts. Electron's and Chromium's own`,
    'licences ship beside the app (LICENSE and LICENSES.chromium.html).',
    '',
  ];
  notices.texts.forEach((text, index) => {
    const users = notices.packages.filter((entry) => entry.texts.includes(index));
    lines.push(
      rule,
      ...users.map(
        (entry) => `${entry.name} ${entry.version} (${entry.license}) — ${entry.usedIn.join(', ')}`,
      ),
      rule,
      '',
      text,
      '',
    );
  });
  return `${lines.join('\n')}\n`;
}
