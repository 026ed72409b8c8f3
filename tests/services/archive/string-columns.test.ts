import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  recordsFrom,
  StringTable,
  stringsAt,
} from '../../../electron/services/archive/string-columns';

const FIELDS = ['id', 'name', 'closed'] as const;
const recordArb = fc.record({
  id: fc.string(),
  name: fc.constantFrom('Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明', ''),
  closed: fc.option(fc.string({ maxLength: 3 }), { nil: null }),
});

test('records and id lists come back equal through one shared table, each distinct string once', () => {
  fc.assert(
    fc.property(fc.array(recordArb, { maxLength: 30 }), fc.array(fc.string()), (records, ids) => {
      const table = new StringTable();
      const cells = table.columns(records, FIELDS);
      const places = table.placesOf(ids);
      expect(new Set(table.strings).size).toBe(table.strings.length);
      const stored = JSON.parse(JSON.stringify(table.strings)) as unknown[];
      expect(recordsFrom(stored, cells, FIELDS)).toEqual(records);
      expect(stringsAt(stored, places)).toEqual(ids);
    }),
  );
});

test('a place outside the table or cut columns throw instead of inventing values', () => {
  expect(() => stringsAt(['a'], Uint32Array.of(0, 1))).toThrow('A stored string is missing.');
  expect(() => stringsAt([1], Uint32Array.of(0))).toThrow('A stored string is missing.');
  expect(() => recordsFrom(['a'], Uint32Array.of(0, 0), FIELDS)).toThrow(
    'The stored columns are cut.',
  );
});
