// Crisis lines through dispatch: the shipped list, the clinician's own lines and corrections
// (kept in the vault), the "check this" hint for lines over a year old, and the region lists.
import { describe, expect, test } from 'vitest';
import { GOOD_PASSPHRASE, harness, manualClock } from '../vault/helpers';

const TODAY = Date.parse('2026-12-04T09:00:00Z');

async function unlocked() {
  const h = await harness({ now: manualClock(TODAY).now });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  return h;
}

const localLine = {
  id: 'my-harbour-warmline',
  region: 'GB',
  name: 'Harbour Warmline',
  how: ['call'],
  contact: '01632 960 111',
  hours: 'Evenings 6–11 pm',
  languages: ['en', 'cy'],
  lastChecked: '2025-09-01',
};

describe('crisis lines', () => {
  test('the shipped lines for a region, each with its hint; emergency number included', async () => {
    const { call } = await unlocked();
    const gb = await call('crisisLines.list', { region: 'gb' });
    expect(gb.map((l) => l.id)).toEqual([
      'gb-emergency',
      'gb-samaritans',
      'gb-nhs-111-mental-health',
      'gb-shout',
    ]);
    expect(gb.find((l) => l.id === 'gb-samaritans')).toMatchObject({
      contact: '116 123',
      origin: 'shipped',
      needsCheck: false,
    });
    expect(gb.find((l) => l.id === 'gb-shout')).toMatchObject({ needsCheck: false });
    const ie = await call('crisisLines.list', { region: 'IE' });
    expect(ie.find((l) => l.id === 'ie-text-50808')).toMatchObject({ needsCheck: true });
    expect(gb.find((l) => l.id === 'gb-emergency')).toMatchObject({
      emergency: true,
      contact: '999',
    });
  });

  test("the clinician's own line is added to the region and hinted when over a year old", async () => {
    const { call } = await unlocked();
    await call('crisisLines.upsert', localLine);
    const gb = await call('crisisLines.list', { region: 'GB' });
    expect(gb.at(-1)).toMatchObject({
      id: 'my-harbour-warmline',
      origin: 'added',
      needsCheck: true,
      source: '',
    });
    await call('crisisLines.upsert', { ...localLine, lastChecked: '2026-11-20' });
    const again = await call('crisisLines.list', { region: 'GB' });
    expect(again.filter((l) => l.id === 'my-harbour-warmline')).toEqual([
      expect.objectContaining({ needsCheck: false, lastChecked: '2026-11-20' }),
    ]);
  });

  test('a correction replaces a shipped line; removing it brings the shipped line back; hiding removes it', async () => {
    const { call, raw } = await unlocked();
    await call('crisisLines.upsert', {
      ...localLine,
      id: 'my-shout',
      overrides: 'gb-shout',
      name: 'Shout 85258',
      how: ['text'],
      contact: '85258',
      lastChecked: '2026-11-01',
    });
    let gb = await call('crisisLines.list', { region: 'GB' });
    expect(gb.map((l) => l.id)).toEqual([
      'gb-emergency',
      'gb-samaritans',
      'gb-nhs-111-mental-health',
      'my-shout',
    ]);
    expect(gb[3]).toMatchObject({ origin: 'corrected', overrides: 'gb-shout', needsCheck: false });

    await call('crisisLines.remove', { id: 'my-shout' });
    gb = await call('crisisLines.list', { region: 'GB' });
    expect(gb.map((l) => l.id)).toEqual([
      'gb-emergency',
      'gb-samaritans',
      'gb-nhs-111-mental-health',
      'gb-shout',
    ]);
    expect(await raw('crisisLines.remove', { id: 'my-shout' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    await call('crisisLines.upsert', {
      ...localLine,
      id: 'hide-shout',
      overrides: 'gb-shout',
      hidden: true,
    });
    expect((await call('crisisLines.list', { region: 'GB' })).map((l) => l.id)).toEqual([
      'gb-emergency',
      'gb-samaritans',
      'gb-nhs-111-mental-health',
    ]);
  });

  test('refuses an id of a shipped line, bad regions, and lines without a way to reach them', async () => {
    const { raw } = await unlocked();
    expect(await raw('crisisLines.upsert', { ...localLine, id: 'gb-samaritans' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { id: expect.any(String) } },
    });
    expect(await raw('crisisLines.upsert', { ...localLine, how: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { how: expect.any(String) } },
    });
    expect(
      await raw('crisisLines.upsert', { ...localLine, lastChecked: '2026-02-30' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await raw('crisisLines.list', { region: 'Britain' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  test('regions: every country by name, and those with lines counted (own lines too)', async () => {
    const { call } = await unlocked();
    await call('crisisLines.upsert', {
      ...localLine,
      id: 'de-telefonseelsorge',
      region: 'DE',
      name: 'TelefonSeelsorge',
      contact: '0800 111 0 111',
      languages: ['de'],
    });
    const regions = await call('crisisLines.regions', {});
    expect(regions.all.length).toBeGreaterThan(240);
    expect(regions.all.find((r) => r.code === 'NZ')?.name).toBe('New Zealand');
    expect(regions.withLines.map((r) => r.code)).toEqual(
      expect.arrayContaining(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE']),
    );
    expect(regions.withLines.find((r) => r.code === 'DE')?.lineCount).toBe(1);
  });
});
