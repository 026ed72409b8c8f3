import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AppError } from '../../../core/result';
import { defaultSettings, SettingsSchema } from '../../../core/settings';
import {
  createConfBackend,
  ensurePrivateMode,
  openSettingsStore,
  type SettingsBackendOptions,
} from '../../../electron/services/settings';

const FIXED = new Date('2026-11-26T09:30:05.123Z');
const posix = process.platform !== 'win32';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-settings-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function open(locale = 'en-GB') {
  return openSettingsStore({ dir, locale, now: () => FIXED });
}

function fileOnDisk(): unknown {
  return JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
}

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('a fresh store', () => {
  test('writes locale defaults and raises no notice', () => {
    const store = open('en-US');
    expect(store.path).toBe(join(dir, 'settings.json'));
    expect(store.get()).toEqual(defaultSettings('en-US'));
    expect(fileOnDisk()).toEqual(defaultSettings('en-US'));
    expect(store.notice()).toEqual({});
  });

  test.runIf(posix)(
    'the file is private (0600), and a loosened mode is tightened on open and on write',
    () => {
      const store = open();
      expect(modeOf(store.path)).toBe(0o600);
      chmodSync(store.path, 0o644);
      const again = open();
      expect(modeOf(store.path)).toBe(0o600);
      chmodSync(store.path, 0o666);
      again.update({ theme: 'dark' });
      expect(modeOf(store.path)).toBe(0o600);
    },
  );

  test.runIf(posix)('ensurePrivateMode reports whether it had to change the mode', () => {
    const path = join(dir, 'x.json');
    writeFileSync(path, '{}', { mode: 0o644 });
    chmodSync(path, 0o644);
    expect(ensurePrivateMode(path)).toBe(true);
    expect(ensurePrivateMode(path)).toBe(false);
    expect(modeOf(path)).toBe(0o600);
  });
});

describe('updates', () => {
  test('persist across reopening', () => {
    const store = open();
    const next = store.update({
      profile: { name: 'Ηλέκτρα Νικολάου', licenceNumber: 'HCPC PYL01234' },
      autoLockMinutes: 15,
    });
    expect(next.profile.name).toBe('Ηλέκτρα Νικολάου');
    const reopened = open();
    expect(reopened.get()).toEqual(next);
    expect(reopened.get().autoLockMinutes).toBe(15);
  });

  test('an invalid patch throws invalid-input and changes nothing on disk', () => {
    const store = open();
    const before = readFileSync(store.path, 'utf8');
    expect(() => store.update({ autoLockMinutes: 0 })).toThrow(AppError);
    expect(() => store.update({ clientName: 'Ана' })).toThrow(AppError);
    expect(readFileSync(store.path, 'utf8')).toBe(before);
  });
});

describe('migration from a real 0.1.0 file', () => {
  test('moves the profile, converts seconds to minutes, keeps the rest, and says so', () => {
    copyFileSync(
      join(import.meta.dirname, 'fixtures', 'settings-0.1.0.json'),
      join(dir, 'settings.json'),
    );
    const store = open('en-GB');
    const s = store.get();
    expect(s.schemaVersion).toBe(3);
    expect(s.profile).toMatchObject({
      name: 'Дарья Соколова',
      credentials: 'PsyD',
      practiceName: 'Тихая гавань — консультации',
      phone: '+1 604 555 0199',
    });
    expect(s.autoLockMinutes).toBe(15);
    expect(s.handout.pageSize).toBe('Letter');
    expect(s.theme).toBe('light');
    expect(store.notice()).toEqual({ migratedFrom: 1 });
    // The file on disk is now the new shape, and opening again migrates nothing.
    expect(SettingsSchema.safeParse(fileOnDisk()).success).toBe(true);
    expect(open().notice()).toEqual({});
    expect(readdirSync(dir).filter((n) => n.includes('invalid'))).toEqual([]);
  });
});

describe('an unusable settings file', () => {
  test.each([
    ['not JSON', '{"schemaVersion": 2, "theme": "dark",', 'not-json'],
    ['fails the schema', JSON.stringify({ schemaVersion: 3, autoLockMinutes: 'soon' }), 'schema'],
    ['from a newer app', JSON.stringify({ schemaVersion: 7, futureThing: true }), 'newer-version'],
    ['not an object', '[]', 'not-an-object'],
  ])('%s: set aside byte for byte, defaults loaded, notice set', (_label, text, reason) => {
    writeFileSync(join(dir, 'settings.json'), text);
    const store = open('de-DE');
    expect(store.get()).toEqual(defaultSettings('de-DE'));
    const notice = store.notice();
    expect(notice.invalidReason).toBe(reason);
    const aside = notice.invalidFileSavedAs ?? '';
    expect(basename(aside)).toBe('settings.invalid-2026-11-26T09-30-05-123Z.json');
    expect(readFileSync(aside, 'utf8')).toBe(text);
    if (posix) expect(modeOf(aside)).toBe(0o600);
    expect(fileOnDisk()).toEqual(defaultSettings('de-DE'));
  });

  test('a second bad file never overwrites the first aside copy', () => {
    writeFileSync(join(dir, 'settings.json'), 'first');
    const first = open().notice().invalidFileSavedAs;
    writeFileSync(join(dir, 'settings.json'), 'second');
    const second = open().notice().invalidFileSavedAs;
    expect(second).not.toBe(first);
    expect(readFileSync(first ?? '', 'utf8')).toBe('first');
    expect(readFileSync(second ?? '', 'utf8')).toBe('second');
    expect(basename(second ?? '')).toBe('settings.invalid-2026-11-26T09-30-05-123Z-2.json');
  });

  test('the notice can be dismissed', () => {
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    const store = open();
    expect(store.notice().invalidFileSavedAs).toBeTruthy();
    store.dismissNotice();
    expect(store.notice()).toEqual({});
  });

  test('a file damaged while the app runs is set aside on the next read', () => {
    const store = open();
    store.update({ theme: 'dark' });
    writeFileSync(store.path, '{ broken');
    expect(store.get()).toEqual(defaultSettings('en-GB'));
    expect(store.notice().invalidReason).toBe('not-json');
    expect(readFileSync(store.notice().invalidFileSavedAs ?? '', 'utf8')).toBe('{ broken');
    expect(store.update({ theme: 'light' }).theme).toBe('light');
  });

  test('a schema-valid but edited file that the backend rejects is set aside too', () => {
    const store = open();
    writeFileSync(store.path, JSON.stringify({ ...defaultSettings('en-GB'), theme: 'neon' }));
    expect(store.get().theme).toBe('system');
    expect(store.notice().invalidReason).toBe('schema');
  });
});

describe('the backend seam', () => {
  test('main can pass its own backend factory; it receives the same schema, defaults and mode', () => {
    const seen: SettingsBackendOptions[] = [];
    const store = openSettingsStore({
      dir,
      locale: 'en-CA',
      createBackend: (options) => {
        seen.push(options);
        return createConfBackend(options);
      },
    });
    expect(store.get().handout.pageSize).toBe('Letter');
    expect(seen).toHaveLength(1);
    const options = seen[0]!;
    expect(options).toMatchObject({
      cwd: dir,
      configName: 'settings',
      configFileMode: 0o600,
      clearInvalidConfig: false,
    });
    expect(options.defaults).toEqual(defaultSettings('en-CA'));
    expect(Object.keys(options.schema)).toEqual(Object.keys(defaultSettings('en-CA')));
  });
});

describe('notice shape', () => {
  test('the notice is plain data that survives structured cloning (it crosses IPC)', () => {
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    const notice = open().notice();
    expect(structuredClone(notice)).toEqual(notice);
    expect(Object.getPrototypeOf(notice)).toBe(Object.prototype);
  });
});
