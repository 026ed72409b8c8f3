import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectNotices,
  esbuildInputs,
  packageDirsOf,
  RESOURCE_FONTS,
  renderNoticesText,
  runtimeDependencyDirs,
} from '../../scripts/third-party-notices.mjs';

const repo = resolve('.');
const fixture = mkdtempSync(join(tmpdir(), 'cs-notices-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function put(path: string, text: string) {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
}

const MIT = 'MIT License\n\nCopyright (c) Someone\n';
put(
  'package.json',
  JSON.stringify({
    name: 'app',
    productName: 'App',
    version: '1.0.0',
    dependencies: { pdfy: '1.0.0' },
  }),
);
put(
  'node_modules/pdfy/package.json',
  JSON.stringify({
    name: 'pdfy',
    version: '1.0.0',
    license: 'MIT',
    dependencies: { inner: '2' },
    optionalDependencies: { absent: '1' },
  }),
);
put('node_modules/pdfy/LICENSE', MIT);
put(
  'node_modules/pdfy/node_modules/inner/package.json',
  JSON.stringify({ name: 'inner', version: '2.0.0', license: 'ISC' }),
);
put(
  'node_modules/@scope/words/package.json',
  JSON.stringify({ name: '@scope/words', version: '3.1.0', license: 'MIT' }),
);
put('node_modules/@scope/words/LICENSE.txt', `${MIT.replace(/\n/g, '\r\n')}  `);
put(
  'node_modules/@scope/words/NOTICE.md',
  'Any redistribution of this package must retain this notice.\n',
);
put('fonts/Sans.ttf', '');

describe('third-party notices', () => {
  it('reads bundled file paths as package folders (scoped and nested; own sources left out)', () => {
    const files = [
      'node_modules/@scope/words/dist/index.js?commonjs-es-import',
      '\0node_modules/pdfy/node_modules/inner/x.js',
      'electron/main/main.ts',
      join(fixture, 'node_modules/pdfy/lib/a.js'),
    ];
    expect(packageDirsOf(files, fixture)).toEqual([
      join(fixture, 'node_modules/@scope/words'),
      join(fixture, 'node_modules/pdfy'),
      join(fixture, 'node_modules/pdfy/node_modules/inner'),
    ]);
    const metafile = {
      inputs: {},
      outputs: {
        'out.cjs': {
          bytes: 1,
          imports: [],
          exports: [],
          inputs: {
            'node_modules/pdfy/a.js': { bytesInOutput: 10 },
            'node_modules/unused/a.js': { bytesInOutput: 0 },
          },
        },
      },
    };
    expect(esbuildInputs(metafile)).toEqual(['node_modules/pdfy/a.js']);
  });

  it('walks the runtime dependencies transitively, skipping optional ones not installed', () => {
    expect(runtimeDependencyDirs(fixture)).toEqual([
      join(fixture, 'node_modules/pdfy'),
      join(fixture, 'node_modules/pdfy/node_modules/inner'),
    ]);
  });

  it('keeps every licence and NOTICE text once, with name, version, licence and where it is used', () => {
    const packages = new Map([
      [join(fixture, 'node_modules/@scope/words'), new Set(['main process'])],
      [join(fixture, 'node_modules/pdfy'), new Set(['PDF export'])],
      [join(fixture, 'node_modules/pdfy/node_modules/inner'), new Set(['PDF export'])],
    ]);
    const notices = collectNotices({
      root: repo,
      app: { name: 'App', version: '1.0.0' },
      packages,
      fontsDir: join(repo, 'resources/fonts'),
    });
    const words = notices.packages.find((entry) => entry.name === '@scope/words');
    expect(words).toMatchObject({ version: '3.1.0', license: 'MIT', usedIn: ['main process'] });
    expect(words?.texts.map((index) => notices.texts[index])).toEqual([
      MIT.trim(),
      'Any redistribution of this package must retain this notice.',
    ]);
    expect(notices.packages.find((entry) => entry.name === 'pdfy')?.texts).toEqual([
      words?.texts[0],
    ]);
    expect(notices.texts.filter((text) => text.startsWith('MIT License'))).toHaveLength(1);
    expect(notices.packages.find((entry) => entry.name === 'inner')).toMatchObject({
      license: 'ISC',
    });
    expect(notices.texts).toContain(
      'inner is licensed under ISC; the package ships no licence file.',
    );
    expect(notices.packages.map((entry) => entry.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dejavu-fonts-ttf \(DejaVuSans.*\.ttf\)$/),
        '@expo-google-fonts/noto-sans-sc (NotoSansSC-Regular.ttf)',
        '@expo-google-fonts/noto-emoji (NotoEmoji-Regular.ttf)',
      ]),
    );
  });

  it("carries @zxcvbn-ts/language-en's NOTICE (attribution for its OpenSubtitles word list)", () => {
    const notices = collectNotices({
      root: repo,
      app: { name: 'App', version: '1' },
      packages: new Map([
        [join(repo, 'node_modules/@zxcvbn-ts/language-en'), new Set(['main process'])],
      ]),
    });
    const text = renderNoticesText(notices);
    const notice = readFileSync('node_modules/@zxcvbn-ts/language-en/NOTICE.md', 'utf8').trim();
    expect(notice).toContain('Any redistribution of this package must retain this notice.');
    expect(text).toContain(notice);
    expect(text).toContain('@zxcvbn-ts/language-en 4.1.1 (MIT) — main process');
  });

  it('fails when a bundled package is not installed, or a PDF font has no known licence', () => {
    const missing = new Map([[join(fixture, 'node_modules/gone'), new Set(['interface'])]]);
    expect(() =>
      collectNotices({
        root: fixture,
        app: { name: 'App', version: '1' },
        packages: missing,
        fontsDir: join(repo, 'resources/fonts'),
      }),
    ).toThrow(/node_modules\/gone is bundled but has no package.json/);
    expect(() =>
      collectNotices({
        root: fixture,
        app: { name: 'App', version: '1' },
        packages: new Map(),
        fontsDir: join(fixture, 'fonts'),
      }),
    ).toThrow(/no licence known for Sans.ttf/);
  });

  it('names each committed PDF font with the package and version resources/fonts/README.md gives (the packages are not installed)', () => {
    const readme = readFileSync('resources/fonts/README.md', 'utf8');
    for (const font of RESOURCE_FONTS)
      expect(readme).toContain(`npm \`${font.package}\` ${font.version}`);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    for (const font of RESOURCE_FONTS)
      expect(manifest.devDependencies[font.package]).toBeUndefined();
  });
});
