// `npm start` where the Electron binary is missing: one clear sentence on stderr, exit status 1,
// no stack trace. ELECTRON_OVERRIDE_DIST_PATH pointing at an empty folder makes the binary missing
// on any machine without trying a download.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), 'cs-no-electron-'));
});
afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
});

type StartModule = { findElectronBinary(env: Record<string, string | undefined>): string | undefined; missingElectronMessage(version?: string): string };
const loadStart = async () => (await import(pathToFileURL(resolve('scripts/start.mjs')).href)) as StartModule;

describe('npm start without the Electron binary', () => {
  it('prints one sentence naming the fix, exits 1, and shows no stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron .* is not installed and could not be downloaded/);
    expect(lines[0]).toMatch(/npx install-electron/);
    expect(lines[0]).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at\s/m);
    expect(run.stdout.trim()).toBe('');
  });

  it('finds the binary where ELECTRON_OVERRIDE_DIST_PATH has one, and not where it does not', async () => {
    const { findElectronBinary } = await loadStart();
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeUndefined();
    const dist = join(empty, 'dist');
    await mkdir(dist, { recursive: true });
    const name = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
    await mkdir(join(dist, name, '..'), { recursive: true });
    await writeFile(join(dist, name), '');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, name));
  });

  it('words the message as one sentence', async () => {
    const { missingElectronMessage } = await loadStart();
    const message = missingElectronMessage('45.5.0');
    expect(message.match(/\.(\s|$)/g)?.length).toBe(1);
    expect(message).toContain('45.5.0');
  });
});
