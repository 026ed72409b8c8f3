import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import {
  createConfBackend,
  openSettingsStore,
  type SettingsBackend,
} from '../../../electron/services/settings';
import { ioError } from '../../../electron/services/store/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-settings-io-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A real conf backend whose writes fail with `code` once `state.fail` is set (a full or read-only disk). */
function failingStore(code: string) {
  const state = { fail: false };
  const store = openSettingsStore({
    dir,
    locale: 'en-GB',
    createBackend: (options) => {
      const real = createConfBackend(options);
      const backend: SettingsBackend = {
        get path() {
          return real.path;
        },
        get store() {
          return real.store;
        },
        set store(value) {
          if (state.fail) throw Object.assign(new Error(`${code}: write failed`), { code });
          real.store = value;
        },
      };
      return backend;
    },
  });
  return { state, store };
}

for (const [code, words] of [
  ['ENOSPC', /disk is full/],
  ['EDQUOT', /disk is full/],
  ['EROFS', /cannot be written to/],
  ['EACCES', /cannot be written to/],
] as const) {
  test(`settings.update on ${code}: the same clear io message as a record save, the file unchanged`, async () => {
    const { state, store } = failingStore(code);
    const handlers = createHandlers({ dataDir: dir, settings: store });
    expect(await dispatch(handlers, 'settings.update', { theme: 'dark' })).toMatchObject({
      ok: true,
    });
    const before = readFileSync(store.path, 'utf8');

    state.fail = true;
    const failed = await dispatch(handlers, 'settings.update', {
      theme: 'light',
      profile: { name: 'Ηλέκτρα Νικολάου' },
    });
    const expected = ioError(Object.assign(new Error(code), { code }), 'saving the settings');
    expect(failed).toEqual({ ok: false, error: { code: 'io', message: expected.message } });
    expect(!failed.ok && failed.error.message).toMatch(words);
    expect(!failed.ok && failed.error.message).not.toMatch(/Ηλέκτρα|went wrong/);
    expect(readFileSync(store.path, 'utf8')).toBe(before);

    state.fail = false;
    expect(await dispatch(handlers, 'settings.update', { theme: 'light' })).toMatchObject({
      ok: true,
      value: { theme: 'light' },
    });
  });
}
