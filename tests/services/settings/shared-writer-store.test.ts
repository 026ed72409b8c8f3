// conf and electron-store write the settings file through the app's one atomic writer, not
// their bundled copy, so settings follow the same platform rules as records.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import {
  createConfBackend,
  settingsBackendOptions,
  withSharedWriter,
} from '../../../electron/services/settings';

type ConfOptions = ConstructorParameters<typeof Conf<Record<string, unknown>>>[0];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-conf-writer-'));
  dirs.push(dir);
  return dir;
}

describe('settings stores write through the shared writer', () => {
  test('every whole-store write of conf goes to the injected writer with conf’s own serialisation', () => {
    const dir = tempDir();
    const writes: Array<{ path: string; text: string }> = [];
    const Recording = withSharedWriter<ConfOptions, Conf<Record<string, unknown>>>(
      Conf<Record<string, unknown>>,
      (path, text) => writes.push({ path, text }),
    );
    const store = new Recording({
      cwd: dir,
      configName: 'settings',
      defaults: { theme: 'system' },
    } as ConfOptions);
    writes.length = 0;
    store.store = { theme: 'dark', pageSize: 'A4' };
    expect(writes).toEqual([
      {
        path: join(dir, 'settings.json'),
        text: JSON.stringify({ theme: 'dark', pageSize: 'A4' }, undefined, '\t'),
      },
    ]);
  });

  test('a full disk in the writer fails the assignment and leaves the file as it was', () => {
    const dir = tempDir();
    let full = false;
    const Faulty = withSharedWriter<ConfOptions, Conf<Record<string, unknown>>>(
      Conf<Record<string, unknown>>,
      (path, text) => {
        if (full) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        writeFileSync(path, text);
      },
    );
    const store = new Faulty({ cwd: dir, configName: 'settings', defaults: {} } as ConfOptions);
    store.store = { theme: 'light' };
    full = true;
    expect(() => {
      store.store = { theme: 'dark' };
    }).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({
      theme: 'light',
    });
  });

  test('the app’s conf backend writes through the real shared writer (mode 0600, no temp files left)', () => {
    const dir = tempDir();
    const backend = createConfBackend(
      settingsBackendOptions(dir, 'settings', defaultSettings('en-GB')),
    );
    backend.store = { ...backend.store, theme: 'dark' };
    expect(JSON.parse(readFileSync(backend.path, 'utf8')).theme).toBe('dark');
    expect(readdirSync(dir)).toEqual(['settings.json']);
    if (process.platform !== 'win32') expect(statSync(backend.path).mode & 0o777).toBe(0o600);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(backend)).constructor).toBe(Conf);
  });
});
