import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isMainModuleUrl } from '../../scripts/is-main-module.mjs';
import { ensureRuntime, NODE_WINDOWS } from '../../scripts/node-runtime.mjs';
import {
  journeyHost,
  stopWineServer,
  toWinePath,
  wineEnv,
} from '../../scripts/windows-journey.mjs';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const WINDOWS_URL = 'file:///C:/Users/Zo%C3%AB/Cl%C3%ADnica%20notes/scripts/build.mjs';
const POSIX_URL = 'file:///home/x/Cl%C3%ADnica%20notes/closing-session/scripts/build.mjs';

describe('isMainModuleUrl', () => {
  it('matches a Windows path with a drive letter, backslashes, a space and accents', () => {
    const argv: string = 'C:\\Users\\Zoë\\Clínica notes\\scripts\\build.mjs';
    expect(isMainModuleUrl(WINDOWS_URL, argv, { platform: 'win32' })).toBe(true);
    // The comparison it replaces never matched here.
    expect(`file://${argv}`).not.toBe(WINDOWS_URL);
  });

  it('ignores case on Windows and forward slashes typed there, but not another file', () => {
    expect(
      isMainModuleUrl(WINDOWS_URL, 'c:/users/ZOË/clínica notes/Scripts/Build.mjs', {
        platform: 'win32',
      }),
    ).toBe(true);
    expect(
      isMainModuleUrl(WINDOWS_URL, 'C:\\Users\\Zoë\\Clínica notes\\scripts\\start.mjs', {
        platform: 'win32',
      }),
    ).toBe(false);
    expect(
      isMainModuleUrl(WINDOWS_URL, 'D:\\Users\\Zoë\\Clínica notes\\scripts\\build.mjs', {
        platform: 'win32',
      }),
    ).toBe(false);
  });

  it('matches a POSIX path with a space and an accent, in either Unicode normal form', () => {
    expect(
      isMainModuleUrl(POSIX_URL, '/home/x/Clínica notes/closing-session/scripts/build.mjs', {
        platform: 'linux',
      }),
    ).toBe(true);
    const decomposed = '/home/x/Clínica notes/closing-session/scripts/build.mjs'.normalize('NFD');
    expect(isMainModuleUrl(POSIX_URL, decomposed, { platform: 'linux' })).toBe(true);
    expect(
      isMainModuleUrl(
        POSIX_URL,
        '/home/x/Clínica notes/closing-session/scripts/../scripts/build.mjs',
        { platform: 'linux' },
      ),
    ).toBe(true);
  });

  it('is case-sensitive on Linux and case-insensitive on macOS', () => {
    const upper = '/home/x/CLÍNICA notes/closing-session/scripts/build.mjs';
    expect(isMainModuleUrl(POSIX_URL, upper, { platform: 'linux' })).toBe(false);
    expect(isMainModuleUrl(POSIX_URL, upper, { platform: 'darwin' })).toBe(true);
  });

  it('follows a symlinked script path through realpath', () => {
    const realpath = (path: string) =>
      path.replace('/home/link/', '/home/x/Clínica notes/closing-session/');
    expect(isMainModuleUrl(POSIX_URL, '/home/link/scripts/build.mjs', { platform: 'linux' })).toBe(
      false,
    );
    expect(
      isMainModuleUrl(POSIX_URL, '/home/link/scripts/build.mjs', { platform: 'linux', realpath }),
    ).toBe(true);
  });

  it('says no without a script path or for a URL that is not a file', () => {
    expect(isMainModuleUrl(POSIX_URL, undefined, { platform: 'linux' })).toBe(false);
    expect(
      isMainModuleUrl('https://example.org/build.mjs', '/build.mjs', { platform: 'linux' }),
    ).toBe(false);
  });
});

describe('isMainModule in a real run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-main-module-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is true for the script run from a folder with a space, an accent and a symlink, false when imported', () => {
    const folder = join(dir, 'Zoë notes');
    mkdirSync(folder);
    const helper = pathToFileURL(resolve('scripts/is-main-module.mjs')).href;
    writeFileSync(
      join(folder, 'probe.mjs'),
      `import { isMainModule } from ${JSON.stringify(helper)};\nconsole.log(String(isMainModule(import.meta.url)));\n`,
    );
    writeFileSync(join(folder, 'importer.mjs'), "import './probe.mjs';\n");
    symlinkSync(folder, join(dir, 'linked'), process.platform === 'win32' ? 'junction' : 'dir');
    const run = (script: string) =>
      spawnSync(process.execPath, [script], { encoding: 'utf8' }).stdout.trim();
    expect(run(join(folder, 'probe.mjs'))).toBe('true');
    expect(run(join(dir, 'linked', 'probe.mjs'))).toBe('true');
    expect(run(join(folder, 'importer.mjs'))).toBe('false');
  });
});

describe('isMainModule under the Windows build of Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-main-module-win-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));

  it(
    'is true for a script in "Zoë Clínica notes" where the old comparison was false',
    async (context) => {
      const host = journeyHost();
      if (host.skip) return context.skip(host.skip);
      const runtime = host.native
        ? { binary: process.execPath, reason: undefined }
        : await ensureRuntime(NODE_WINDOWS);
      if (!runtime.binary) return context.skip(`no Windows Node: ${runtime.reason}`);
      const folder = join(dir, 'Zoë Clínica notes', 'scripts');
      mkdirSync(folder, { recursive: true });
      copyFileSync(resolve('scripts/is-main-module.mjs'), join(folder, 'is-main-module.mjs'));
      writeFileSync(
        join(folder, 'probe.mjs'),
        "import { isMainModule } from './is-main-module.mjs';\n" +
          'console.log(JSON.stringify({ platform: process.platform, isMain: isMainModule(import.meta.url), old: import.meta.url === `file://${process.argv[1]}` }));\n',
      );
      const script = host.native
        ? join(folder, 'probe.mjs')
        : toWinePath(join(folder, 'probe.mjs'));
      // Under Wine, Node's stdout must be a file (a pipe fails with EBADF).
      const out = openSync(join(dir, 'stdout.txt'), 'w');
      const env = wineEnv(join(dir, 'wineprefix'));
      try {
        spawnSync(
          host.native ? runtime.binary : 'wine',
          host.native ? [script] : [runtime.binary, script],
          { env, stdio: ['ignore', out, 'ignore'] },
        );
      } finally {
        closeSync(out);
        if (!host.native) stopWineServer(env);
      }
      const report = JSON.parse(
        readFileSync(join(dir, 'stdout.txt'), 'utf8').trim().split('\n').at(-1) ?? '{}',
      ) as Record<string, unknown>;
      expect(report).toEqual({ platform: 'win32', isMain: true, old: false });
    },
    scaledTimeout(180_000),
  );
});
