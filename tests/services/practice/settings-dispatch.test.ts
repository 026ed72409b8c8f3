// Settings through createHandlers + dispatch: what the renderer sees, with a real conf store on disk.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { harness, manualClock } from '../vault/helpers';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../settings/fixtures/settings-0.1.0.json', import.meta.url));

describe('settings through dispatch', () => {
  test('works while the vault is locked (no vault yet) and starts from the locale defaults', async () => {
    const { call } = await harness({ locale: 'en-US' });
    expect(await call('vault.status')).toMatchObject({ state: 'absent' });
    const view = await call('settings.get');
    expect(view).toEqual({ settings: defaultSettings('en-US'), notice: {}, systemLocale: 'en-US' });
    expect(view.settings.handout.pageSize).toBe('Letter');
    expect(view.settings.crisisRegion).toBe('US');
  });

  test('an invalid settings file is set aside, defaults are loaded and the notice flag is set until dismissed', async () => {
    const clock = manualClock(Date.parse('2026-11-26T09:30:05.123Z'));
    const { dataDir, call } = await harness({ now: clock.now, locale: 'en-GB' });
    const broken = '{"theme": "dark", "autoLockMinutes": ';
    writeFileSync(join(dataDir, 'settings.json'), broken);

    const view = await call('settings.get');
    expect(view.settings).toEqual(defaultSettings('en-GB'));
    expect(view.notice.invalidReason).toBe('not-json');
    const aside = view.notice.invalidFileSavedAs!;
    expect(aside).toMatch(/settings\.invalid-.+\.json$/);
    expect(existsSync(aside)).toBe(true);
    expect(readFileSync(aside, 'utf8')).toBe(broken);
    expect(readdirSync(dataDir).filter((f) => f.startsWith('settings.invalid-'))).toHaveLength(1);

    const dismissed = await call('settings.dismissNotice');
    expect(dismissed.notice).toEqual({});
    expect((await call('settings.get')).notice).toEqual({});
    expect(existsSync(aside)).toBe(true);
  });

  test('a file that fails the schema (wrong type) is set aside too, never half-used', async () => {
    const { dataDir, call } = await harness({ locale: 'en-GB' });
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ ...defaultSettings('en-GB'), autoLockMinutes: 'ten' }),
    );
    const view = await call('settings.get');
    expect(view.notice.invalidReason).toBe('schema');
    expect(view.settings.autoLockMinutes).toBe(10);
  });

  test('a settings file from 0.1.0 (schema 1) is migrated and the notice says from which version', async () => {
    const { dataDir, call } = await harness({ locale: 'en-GB' });
    copyFileSync(FIXTURE, join(dataDir, 'settings.json'));
    const view = await call('settings.get');
    expect(view.notice).toEqual({ migratedFrom: 1 });
    expect(view.settings.profile).toMatchObject({
      name: 'Дарья Соколова',
      credentials: 'PsyD',
      phone: '+1 604 555 0199',
    });
    expect(view.settings.handout.pageSize).toBe('Letter');
    expect(view.settings.autoLockMinutes).toBe(15);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      schemaVersion: 3,
    });
  });

  test('an update is a strict partial patch: fields left out keep their values, and it persists', async () => {
    const first = await harness({ locale: 'en-GB' });
    const updated = await first.call('settings.update', {
      profile: { name: 'Ελπίδα Παπαδοπούλου' },
      theme: 'dark',
      autoLockMinutes: 5,
    });
    expect(updated.profile.name).toBe('Ελπίδα Παπαδοπούλου');
    expect(updated.profile.credentials).toBe('');
    expect(updated.handout).toEqual(defaultSettings('en-GB').handout);
    const again = await harness({ dataDir: first.dataDir, locale: 'en-GB' });
    expect((await again.call('settings.get')).settings).toMatchObject({
      theme: 'dark',
      autoLockMinutes: 5,
      profile: { name: 'Ελπίδα Παπαδοπούλου' },
    });
  });

  test.each([
    [{ autoLockMinutes: '10' }, 'autoLockMinutes'],
    [{ autoLockMinutes: 0 }, 'autoLockMinutes'],
    [{ autoLockMinutes: 2.5 }, 'autoLockMinutes'],
    [{ theme: 'purple' }, 'theme'],
    [{ profile: { name: 5 } }, 'profile.name'],
    [{ profile: { email: 'not an email' } }, 'profile.email'],
    [{ handout: { showScores: 'yes' } }, 'handout.showScores'],
    [{ handout: { pageSize: 'A5' } }, 'handout.pageSize'],
    [{ crisisRegion: 'gb' }, 'crisisRegion'],
    [{ clientName: 'Zoë Ørsted' }, '_'],
    [{ profile: { favouriteClient: 'Анастасия' } }, 'profile'],
    [null, '_'],
  ])('wrong types are refused at dispatch: %j', async (patch, field) => {
    const { raw, call } = await harness({ locale: 'en-GB' });
    const before = (await call('settings.get')).settings;
    const result = await raw('settings.update', patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect((await call('settings.get')).settings).toEqual(before);
    expect(JSON.stringify(result.error)).not.toMatch(/Zoë|Анастасия/);
  });

  test('settings.get and dismissNotice take nothing', async () => {
    const { raw } = await harness();
    expect(await raw('settings.get', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await raw('settings.dismissNotice', 'x')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
