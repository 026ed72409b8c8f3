// The referral directory through dispatch: contacts as vault records, search, edits with
// revisions, tombstone removal, CSV import through the open dialog and export through the save dialog.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GOOD_PASSPHRASE, harness, listFiles, manualClock, tempDataDir } from '../vault/helpers';
import { TEN_ROW_CSV } from './csv-fixtures';

async function unlocked(extra: Parameters<typeof harness>[0] = {}) {
  const h = await harness(extra);
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  return h;
}

describe('referral directory', () => {
  test('create, search without accents, edit with revisions, remove as a tombstone', async () => {
    const { call, raw, dataDir } = await unlocked();
    const zoe = await call('referrals.create', {
      name: 'Zoë Ørsted Counselling',
      kind: 'Couples therapy',
      phone: '+45 20 12 34 56',
      web: 'zoe.example.dk',
      tags: ['couples', 'Couples', 'danish'],
    });
    expect(zoe).toMatchObject({
      rev: 1,
      web: 'https://zoe.example.dk',
      tags: ['couples', 'danish'],
    });
    await call('referrals.create', {
      name: 'דנה לוי',
      kind: 'Trauma (EMDR)',
      notes: 'Speaks Hebrew and English.',
    });
    await call('referrals.create', { name: 'Anna Berg', kind: 'Grief support' });

    expect((await call('referrals.list', {})).map((c) => c.name)).toEqual([
      'Anna Berg',
      'Zoë Ørsted Counselling',
      'דנה לוי',
    ]);
    expect((await call('referrals.list', { query: 'zoe orsted' })).map((c) => c.name)).toEqual([
      'Zoë Ørsted Counselling',
    ]);
    expect((await call('referrals.list', { query: 'hebrew' })).map((c) => c.name)).toEqual([
      'דנה לוי',
    ]);

    const edited = await call('referrals.update', {
      id: zoe.id,
      expectedRev: 1,
      contact: { name: 'Zoë Ørsted Counselling', kind: 'Couples and family therapy' },
    });
    expect(edited).toMatchObject({ rev: 2, kind: 'Couples and family therapy', phone: '' });
    const stale = await raw('referrals.update', {
      id: zoe.id,
      expectedRev: 1,
      contact: { name: 'Zoë' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call('referrals.remove', { id: zoe.id })).toEqual({ id: zoe.id });
    expect((await call('referrals.list', {})).map((c) => c.name)).toEqual(['Anna Berg', 'דנה לוי']);
    expect(await raw('referrals.remove', { id: zoe.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // Still one record file per contact: the removal is a new revision, nothing else.
    expect(
      (await listFiles(join(dataDir, 'vault'))).filter((f) => f.includes('/referral/')),
    ).toHaveLength(3);
  });

  test('contacts are encrypted: no name appears in any file of the data folder', async () => {
    const { call, dataDir } = await unlocked();
    await call('referrals.create', {
      name: 'Ελπίδα Παπαδοπούλου',
      kind: 'Eating disorders',
      notes: 'Waiting list about six weeks',
    });
    for (const file of await listFiles(dataDir)) {
      const text = readFileSync(file).toString('utf8');
      expect(text, file).not.toContain('Ελπίδα');
      expect(text, file).not.toContain('Waiting list');
    }
  });

  test('wrong input is refused at dispatch with per-field messages', async () => {
    const { raw } = await unlocked();
    expect(await raw('referrals.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { name: 'Name is required.' } },
    });
    const bad = await raw('referrals.create', { name: 'X', phone: 'call us', tags: 'a,b' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.error.fields ?? {})).toEqual(
        expect.arrayContaining(['phone', 'tags']),
      );
    expect(await raw('referrals.list', { query: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  test('while locked every directory method answers locked', async () => {
    const { raw } = await harness();
    expect(await raw('referrals.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await raw('referrals.importCsv', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });

  test('importing a 10-row CSV with 2 bad rows adds 8 and reports the lines and reasons', async () => {
    const { call, choose } = await unlocked();
    const dir = await tempDataDir();
    const path = join(dir, 'directory.csv');
    writeFileSync(path, `\uFEFF${TEN_ROW_CSV}\r\n`);
    choose(path);
    const outcome = await call('referrals.importCsv', {});
    expect(outcome).toMatchObject({
      chosen: true,
      fileName: 'directory.csv',
      created: 8,
      ignoredColumns: ['Favourite colour'],
    });
    if (!outcome.chosen) return;
    expect(outcome.problems.map((p) => p.line)).toEqual([5, 9]);
    expect(outcome.problems[0]!.reason).toMatch(/Name is required/);
    expect(outcome.problems[1]!.reason).toMatch(/Phone must contain a number/);
    const names = (await call('referrals.list', {})).map((c) => c.name);
    expect(names).toHaveLength(8);
    expect(names).toEqual(
      expect.arrayContaining(['Clínica Peña, Madrid', 'محمد الأحمد', '王小明']),
    );
  });

  test('a cancelled dialog imports nothing; a non-UTF-8 file is refused with a clear message', async () => {
    const { call, raw, choose } = await unlocked();
    choose(null);
    expect(await call('referrals.importCsv', {})).toEqual({ chosen: false });
    const dir = await tempDataDir();
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('name,kind\nZo\xeb \xd8rsted,Couples\n', 'latin1'));
    choose(latin1);
    const result = await raw('referrals.importCsv', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/not UTF-8.*CSV UTF-8/);
    expect(await call('referrals.list', {})).toEqual([]);
    const noHeader = join(dir, 'no-header.csv');
    writeFileSync(noHeader, 'phone,web\n123,example.org\n');
    choose(noHeader);
    expect(await raw('referrals.importCsv', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/"name"/) },
    });
  });

  test('a file over 5 MB is refused before it is read', async () => {
    const { raw, choose } = await unlocked();
    const dir = await tempDataDir();
    const big = join(dir, 'big.csv');
    writeFileSync(big, `name\n${'x'.repeat(5_000_001)}\n`);
    choose(big);
    expect(await raw('referrals.importCsv', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/too large/) },
    });
  });

  test('export asks where to save (dated default name) and writes RFC 4180 CSV with a BOM', async () => {
    const clock = manualClock(Date.parse('2026-11-26T09:00:00Z'));
    const names: string[] = [];
    const dir = await tempDataDir();
    const target = join(dir, 'out.csv');
    const h = await unlocked({
      now: clock.now,
      dialogs: {
        chooseSavePath: async ({ defaultName }) => (names.push(defaultName), target),
        chooseOpenPath: async () => null,
        chooseFolder: async () => null,
      },
    });
    await h.call('referrals.create', {
      name: 'Clínica Peña, Madrid',
      kind: 'Psychiatry',
      notes: 'Says "hola"\nsecond line',
      tags: ['spanish', 'psychiatry'],
    });
    const outcome = await h.call('referrals.exportCsv', {});
    expect(outcome).toEqual({ saved: true, fileName: 'out.csv', count: 1 });
    expect(names).toEqual(['referrals-2026-11-26.csv']);
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFFname,kind,phone,web,address,notes,tags\r\n')).toBe(true);
    expect(text).toContain(
      '"Clínica Peña, Madrid",Psychiatry,,,,"Says ""hola""\nsecond line",spanish; psychiatry\r\n',
    );
  });
});
