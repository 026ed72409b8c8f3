import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  allRegions,
  CRISIS_LINE_TAGS,
  type ClinicianCrisisLine,
  ClinicianCrisisLineSchema,
  type CrisisLine,
  CrisisLinesFileSchema,
  isRegionCode,
  linesForRegion,
  needsCheck,
  parseCrisisLinesFile,
  regionName,
  regionsWithLines,
  suggestedCrisisLines,
} from '../../../core/crisis-lines';
import { loadCrisisLines } from '../../../electron/services/settings';

const RESOURCES = join(import.meta.dirname, '..', '..', '..', 'resources');
const fileJson = JSON.parse(readFileSync(join(RESOURCES, 'crisis-lines.json'), 'utf8')) as {
  lines: CrisisLine[];
};
const lines = parseCrisisLinesFile(fileJson);
const TODAY = '2026-12-04';

function contacts(region: string, extra: ClinicianCrisisLine[] = []) {
  return linesForRegion(lines, region, extra).map((l) => l.contact);
}

describe('the shipped file', () => {
  test('is valid, and the loader reads it', () => {
    expect(CrisisLinesFileSchema.safeParse(fileJson).success).toBe(true);
    expect(loadCrisisLines(RESOURCES)).toEqual(lines);
  });

  test.each([
    ['US', ['911', '988', '741741']],
    ['CA', ['911', '988']],
    ['GB', ['999', '116 123']],
    ['IE', ['112', '116 123']],
    ['AU', ['000', '13 11 14']],
    ['NZ', ['111', '1737']],
  ])('%s has its required lines', (region, required) => {
    expect(contacts(region)).toEqual(expect.arrayContaining(required));
    expect(linesForRegion(lines, region).filter((l) => l.emergency)).toHaveLength(1);
  });

  test('the specific facts', () => {
    const byId = new Map(lines.map((l) => [l.id, l]));
    expect(byId.get('us-988')?.how).toEqual(['call', 'text']);
    expect(byId.get('us-crisis-text-line')?.instructions).toContain('HOME to 741741');
    expect(byId.get('nz-1737')?.how).toEqual(['call', 'text']);
    expect(byId.get('gb-emergency')?.instructions).toContain('112');
    expect(byId.get('ie-emergency')?.instructions).toContain('999');
    expect(byId.get('gb-nhs-111-mental-health')).toMatchObject({
      contact: '111',
      how: ['call'],
      emergency: false,
    });
    expect(byId.get('gb-nhs-111-mental-health')?.instructions).toContain('mental health option');
    expect(byId.get('au-lifeline')).toMatchObject({ how: ['call', 'text'], contact: '13 11 14' });
    expect(byId.get('au-lifeline')?.instructions).toContain('text 0477 13 11 14');
    expect(byId.get('us-veterans-crisis-line')?.instructions).toContain('988 then press 1');
  });

  test('who each line is for: youth, LGBTQ+, veterans and Aboriginal and Torres Strait Islander lines are tagged', () => {
    const tagsOf = (id: string) => lines.find((l) => l.id === id)?.tags;
    expect(tagsOf('us-trevor-project')).toEqual(['youth', 'lgbtq']);
    expect(tagsOf('us-veterans-crisis-line')).toEqual(['adult', 'veterans']);
    expect(tagsOf('ca-kids-help-phone')).toEqual(['youth']);
    expect(tagsOf('au-kids-helpline')).toEqual(['youth']);
    expect(tagsOf('au-13yarn')).toEqual(['indigenous']);
    expect(tagsOf('us-988')).toEqual([]);
  });

  test('every line has an https source and a real date no later than today', () => {
    for (const line of lines) {
      expect(line.source).toMatch(/^https:\/\//);
      expect(line.lastChecked <= TODAY).toBe(true);
    }
  });

  test('refuses a broken file', () => {
    const broken = structuredClone(fileJson);
    broken.lines[0]!.region = 'usa';
    expect(CrisisLinesFileSchema.safeParse(broken).success).toBe(false);
    const dup = { ...fileJson, lines: [...fileJson.lines, fileJson.lines[0]] };
    expect(CrisisLinesFileSchema.safeParse(dup).success).toBe(false);
    const badDate = structuredClone(fileJson);
    badDate.lines[1]!.lastChecked = '2026-02-30';
    expect(CrisisLinesFileSchema.safeParse(badDate).success).toBe(false);
    const insecure = structuredClone(fileJson);
    insecure.lines[2]!.source = 'ftp://example.org/';
    expect(CrisisLinesFileSchema.safeParse(insecure).success).toBe(false);
    const noHow = structuredClone(fileJson);
    noHow.lines[3]!.how = [];
    expect(CrisisLinesFileSchema.safeParse(noHow).success).toBe(false);
  });
});

describe('clinician additions and corrections', () => {
  const addition = ClinicianCrisisLineSchema.parse({
    id: 'my-local-line',
    region: 'GB',
    name: 'Ширин — местная линия поддержки',
    how: ['call'],
    contact: '0161 555 0123',
    lastChecked: '2026-10-01',
  });
  const correction = ClinicianCrisisLineSchema.parse({
    ...lines.find((l) => l.id === 'gb-shout'),
    id: 'my-shout-fix',
    overrides: 'gb-shout',
    hours: 'Always open',
    lastChecked: '2026-11-20',
  });

  test('an addition is listed after the shipped lines of its region only', () => {
    const gb = linesForRegion(lines, 'gb', [addition]);
    expect(gb.at(-1)).toMatchObject({ id: 'my-local-line', origin: 'added', source: '' });
    expect(linesForRegion(lines, 'IE', [addition]).some((l) => l.id === 'my-local-line')).toBe(
      false,
    );
  });

  test('a correction replaces the shipped line in place', () => {
    const gb = linesForRegion(lines, 'GB', [correction]);
    const plain = linesForRegion(lines, 'GB');
    expect(gb).toHaveLength(plain.length);
    const index = plain.findIndex((l) => l.id === 'gb-shout');
    expect(gb[index]).toMatchObject({
      id: 'my-shout-fix',
      origin: 'corrected',
      overrides: 'gb-shout',
      hours: 'Always open',
    });
    expect(plain[index]?.origin).toBe('shipped');
  });

  test('hiding removes a shipped line', () => {
    const hide = ClinicianCrisisLineSchema.parse({ ...correction, hidden: true });
    expect(
      linesForRegion(lines, 'GB', [hide]).some(
        (l) => l.id === 'gb-shout' || l.id === 'my-shout-fix',
      ),
    ).toBe(false);
  });

  test('a correction of a line that no longer ships is kept as an addition', () => {
    const orphan = ClinicianCrisisLineSchema.parse({
      ...addition,
      id: 'orphan',
      overrides: 'gb-retired-line',
    });
    expect(linesForRegion(lines, 'GB', [orphan]).at(-1)).toMatchObject({
      id: 'orphan',
      origin: 'added',
    });
  });

  test('the clinician schema is strict and checks fields', () => {
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, clientId: 'x' }).success).toBe(false);
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, how: ['fax'] }).success).toBe(false);
    expect(
      ClinicianCrisisLineSchema.safeParse({ ...addition, how: ['call', 'call'] }).success,
    ).toBe(false);
    expect(
      ClinicianCrisisLineSchema.safeParse({ ...addition, source: 'javascript:alert(1)' }).success,
    ).toBe(false);
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, name: '   ' }).success).toBe(false);
  });

  test('an unknown region has no lines, only the clinician’s own', () => {
    expect(linesForRegion(lines, 'DE')).toEqual([]);
    const de = ClinicianCrisisLineSchema.parse({
      ...addition,
      id: 'de-tel',
      region: 'DE',
      contact: '0800 111 0 111',
    });
    expect(linesForRegion(lines, 'DE', [de]).map((l) => l.contact)).toEqual(['0800 111 0 111']);
  });
});

describe('needsCheck', () => {
  test.each([
    ['2025-11-26', '2026-11-26', false],
    ['2025-11-25', '2026-11-26', true],
    ['2026-11-26', '2026-11-26', false],
    ['2024-02-29', '2025-03-01', false],
    ['2024-02-29', '2025-03-02', true],
    ['2020-01-01', '2026-11-26', true],
  ])('checked %s, today %s → %s', (lastChecked, today, expected) => {
    expect(needsCheck({ lastChecked }, today)).toBe(expected);
  });

  test('on the day of the re-check only the two entries that could not be confirmed say "check this"', () => {
    const flagged = lines.filter((l) => needsCheck(l, TODAY)).map((l) => l.id);
    expect(flagged).toEqual(['us-988-chat', 'ie-text-50808']);
    // A year and a day later every entry asks to be checked again.
    expect(lines.filter((l) => needsCheck(l, '2027-12-05')).length).toBe(lines.length);
  });
});

describe('regions', () => {
  test('names and codes', () => {
    expect(regionName('NZ')).toBe('New Zealand');
    expect(regionName('GB', 'fr')).toBe('Royaume-Uni');
    expect(isRegionCode('IE')).toBe(true);
    expect(isRegionCode('EU')).toBe(false);
    const all = allRegions();
    expect(all).toHaveLength(250);
    expect(all.find((r) => r.code === 'AU')?.name).toBe('Australia');
    const names = all.map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });

  test('every shipped region is a known code', () => {
    for (const line of lines) expect(isRegionCode(line.region)).toBe(true);
  });

  test('regions with lines count them, including the clinician’s own', () => {
    const de = ClinicianCrisisLineSchema.parse({
      id: 'de-tel',
      region: 'DE',
      name: 'TelefonSeelsorge',
      how: ['call'],
      contact: '0800 111 0 111',
      lastChecked: '2026-01-01',
    });
    const list = regionsWithLines(lines, [de]);
    expect(list.map((r) => r.code).sort()).toEqual(['AU', 'CA', 'DE', 'GB', 'IE', 'NZ', 'US']);
    expect(list.find((r) => r.code === 'DE')).toEqual({
      code: 'DE',
      name: 'Germany',
      lineCount: 1,
    });
    expect(list.find((r) => r.code === 'US')?.lineCount).toBe(linesForRegion(lines, 'US').length);
  });
});

describe('suggestedCrisisLines', () => {
  test('suggests support lines for the client age group: never emergency numbers or community lines, which the clinician adds when they fit', () => {
    const ids = (region: string, age: 'adult' | 'youth') =>
      suggestedCrisisLines(linesForRegion(lines, region), age).map((l) => l.id);
    expect(ids('US', 'adult')).toEqual(['us-988', 'us-988-chat', 'us-crisis-text-line']);
    expect(ids('US', 'youth')).toEqual(['us-988', 'us-988-chat', 'us-crisis-text-line']);
    expect(ids('CA', 'adult')).toEqual(['ca-988']);
    expect(ids('CA', 'youth')).toEqual(['ca-988', 'ca-kids-help-phone']);
    expect(ids('AU', 'youth')).toEqual(['au-lifeline', 'au-beyond-blue', 'au-kids-helpline']);
    expect(ids('AU', 'adult')).toEqual(['au-lifeline', 'au-beyond-blue']);
  });

  test('over any tags: a suggestion is never an emergency or community line, and always fits the age group', () => {
    const arb = fc.record({
      emergency: fc.boolean(),
      tags: fc.uniqueArray(fc.constantFrom(...CRISIS_LINE_TAGS), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(arb, { maxLength: 8 }),
        fc.constantFrom('adult' as const, 'youth' as const),
        (list, age) => {
          for (const line of suggestedCrisisLines(list, age)) {
            expect(line.emergency).toBe(false);
            expect(
              line.tags.some((t) => t === 'lgbtq' || t === 'veterans' || t === 'indigenous'),
            ).toBe(false);
            expect(
              line.tags.includes(age === 'adult' ? 'youth' : 'adult') && !line.tags.includes(age),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
