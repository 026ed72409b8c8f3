import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createStringInterner } from '../../core/intern-strings';

test('an interned value is equal to the value it was, whatever its shape', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const copy = structuredClone(value);
      expect(createStringInterner()(copy)).toEqual(value);
    }),
  );
});

test('arrays and objects are kept (changed in place), numbers, booleans and null untouched', () => {
  const intern = createStringInterner();
  const row = ['a'.repeat(10), 3, { at: '2026-03-01T09:00:00.000Z', ok: true, none: null }];
  expect(intern(row)).toBe(row);
  expect(row).toEqual(['aaaaaaaaaa', 3, { at: '2026-03-01T09:00:00.000Z', ok: true, none: null }]);
});
