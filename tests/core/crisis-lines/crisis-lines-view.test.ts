import { describe, expect, test } from 'vitest';
import {
  ClinicianCrisisLineSchema,
  CrisisLineRemoveInputSchema,
  CrisisLinesListInputSchema,
  crisisLinesView,
  CrisisLineUpsertInputSchema,
  CrisisRegionsInputSchema,
  type CrisisLine,
} from '../../../core/crisis-lines';

const shipped: CrisisLine[] = [
  {
    id: 'x-new',
    region: 'NZ',
    name: 'Recent line',
    how: ['call'],
    contact: '1',
    instructions: '',
    hours: '',
    languages: [],
    emergency: false,
    tags: [],
    source: 'https://a.example/',
    lastChecked: '2026-06-01',
  },
  {
    id: 'x-old',
    region: 'NZ',
    name: 'Old line',
    how: ['text'],
    contact: '2',
    instructions: '',
    hours: '',
    languages: [],
    emergency: false,
    tags: [],
    source: 'https://b.example/',
    lastChecked: '2024-06-01',
  },
];

describe('crisis-lines view and inputs', () => {
  test('each line carries its check hint', () => {
    const fix = ClinicianCrisisLineSchema.parse({
      ...shipped[1],
      id: 'mine',
      overrides: 'x-old',
      lastChecked: '2026-11-01',
      source: '',
    });
    expect(crisisLinesView(shipped, 'NZ', [], '2026-11-26').map((l) => l.needsCheck)).toEqual([
      false,
      true,
    ]);
    expect(
      crisisLinesView(shipped, 'NZ', [fix], '2026-11-26').map((l) => [l.id, l.needsCheck]),
    ).toEqual([
      ['x-new', false],
      ['mine', false],
    ]);
  });

  test('inputs refuse wrong types and normalise the region', () => {
    expect(CrisisLinesListInputSchema.parse({ region: ' nz ' })).toEqual({ region: 'NZ' });
    expect(CrisisLinesListInputSchema.safeParse({ region: 64 }).success).toBe(false);
    expect(CrisisLinesListInputSchema.safeParse({ region: 'NZL' }).success).toBe(false);
    expect(CrisisLinesListInputSchema.safeParse({ region: 'NZ', extra: 1 }).success).toBe(false);
    expect(
      CrisisLineUpsertInputSchema.safeParse({
        id: 'a',
        region: 'NZ',
        name: 'n',
        how: 'call',
        contact: '1',
        lastChecked: '2026-01-01',
      }).success,
    ).toBe(false);
    expect(CrisisLineRemoveInputSchema.safeParse({ id: 'Not An Id' }).success).toBe(false);
    expect(CrisisRegionsInputSchema.parse({})).toEqual({ displayLanguage: 'en' });
  });
});
