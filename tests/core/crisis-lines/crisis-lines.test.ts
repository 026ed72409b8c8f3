import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  allRegions,
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
} from '../../../core/crisis-lines';
import { loadCrisisLines } from '../../../electron/services/settings';

const RESOURCES = join(import.meta.dirname, '..', '..', '..', 'resources');
const fileJson = JSON.parse(readFileSync(join(RESOURCES, 'crisis-lines.json'), 'utf8')) as { lines: CrisisLine[] };
const lines = parseCrisisLinesFile(fileJson);
const TODAY = '2026-11-26';

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
    expect(linesForRegion(lines, 'IE', [addition]).some((l) => l.id === 'my-local-line')).toBe(false);
  });

  test('a correction replaces the shipped line in place', () => {
    const gb = linesForRegion(lines, 'GB', [correction]);
    const plain = linesForRegion(lines, 'GB');
    expect(gb).toHaveLength(plain.length);
    const index = plain.findIndex((l) => l.id === 'gb-shout');
    expect(gb[index]).toMatchObject({ id: 'my-shout-fix', origin: 'corrected', overrides: 'gb-shout', hours: 'Always open' });
    expect(plain[index]?.origin).toBe('shipped');
  });

  test('hiding removes a shipped line', () => {
    const hide = ClinicianCrisisLineSchema.parse({ ...correction, hidden: true });
    expect(linesForRegion(lines, 'GB', [hide]).some((l) => l.id === 'gb-shout' || l.id === 'my-shout-fix')).toBe(false);
  });

  test('a correction of a line that no longer ships is kept as an addition', () => {
    const orphan = ClinicianCrisisLineSchema.parse({ ...addition, id: 'orphan', overrides: 'gb-retired-line' });
    expect(linesForRegion(lines, 'GB', [orphan]).at(-1)).toMatchObject({ id: 'orphan', origin: 'added' });
  });

  test('the clinician schema is strict and checks fields', () => {
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, clientId: 'x' }).success).toBe(false);
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, how: ['fax'] }).success).toBe(false);
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, how: ['call', 'call'] }).success).toBe(false);
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, source: 'javascript:alert(1)' }).success).toBe(false);
    expect(ClinicianCrisisLineSchema.safeParse({ ...addition, name: '   ' }).success).toBe(false);
  });

  test('an unknown region has no lines, only the clinician’s own', () => {
    expect(linesForRegion(lines, 'DE')).toEqual([]);
    const de = ClinicianCrisisLineSchema.parse({ ...addition, id: 'de-tel', region: 'DE', contact: '0800 111 0 111' });
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

  test('today, the shipped entries confirmed today need no check and the older ones do', () => {
    const flagged = lines.filter((l) => needsCheck(l, TODAY)).map((l) => l.id);
    expect(flagged).not.toContain('us-988');
    expect(flagged).toContain('us-trevor-project');
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
    const de = ClinicianCrisisLineSchema.parse({ id: 'de-tel', region: 'DE', name: 'TelefonSeelsorge', how: ['call'], contact: '0800 111 0 111', lastChecked: '2026-01-01' });
    const list = regionsWithLines(lines, [de]);
    expect(list.map((r) => r.code).sort()).toEqual(['AU', 'CA', 'DE', 'GB', 'IE', 'NZ', 'US']);
    expect(list.find((r) => r.code === 'DE')).toEqual({ code: 'DE', name: 'Germany', lineCount: 1 });
    expect(list.find((r) => r.code === 'US')?.lineCount).toBe(linesForRegion(lines, 'US').length);
  });
});
