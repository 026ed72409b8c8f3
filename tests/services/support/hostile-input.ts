/**
 * Hostile and nearly-valid inputs for property tests of the IPC entry point: method names
 * (own, inherited, random), 10 MB strings, nesting 1,000 deep, prototype-pollution keys, wrong
 * types, and payloads shaped like real inputs.
 */
import fc from 'fast-check';
import { METHODS } from '../../../core/contract';

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const TEN_MB_UNICODE = 'Zoë 王小明 '.repeat(1024 * 1024);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}
const DEEP_OBJECT = nested(1000, 'deep', false);
const DEEP_ARRAY = nested(1000, 1, true);

export const INHERITED = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
  'prototype',
];

export const methodName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 2, arbitrary: fc.constantFrom(...INHERITED) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(...METHODS).map((m) => m.toUpperCase()) },
  { weight: 1, arbitrary: fc.anything() },
);

const nasty = fc.constantFrom<unknown>(
  null,
  undefined,
  NaN,
  Infinity,
  -0,
  [],
  TEN_MB,
  TEN_MB_UNICODE,
  DEEP_OBJECT,
  DEEP_ARRAY,
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { toString: 'x', valueOf: 1 },
);

const field = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  nasty,
  fc.array(fc.string(), { maxLength: 3 }),
);
const keys = [
  'id',
  'clientId',
  'displayName',
  'preferredName',
  'recordCode',
  'language',
  'kind',
  'notes',
  'passphrase',
  'recoveryKey',
  'newPassphrase',
  'current',
  'next',
  'reason',
  'limit',
  'targetPath',
  'sourcePath',
  'targetDir',
  'expectedRev',
  'content',
  '__proto__',
  'constructor',
];
const shaped = fc.dictionary(fc.constantFrom(...keys), field, { maxKeys: 5 });
const validId = fc.constantFrom(
  '0123456789abcdef0123456789abcdef',
  'ffffffffffffffffffffffffffffffff',
);
const nearlyValid = fc.record(
  {
    id: fc.oneof(validId, field),
    clientId: fc.oneof(validId, field),
    displayName: fc.oneof(
      fc.constantFrom('Zoë Ørsted', 'Ελπίδα Παπαδοπούλου', '王小明', 'محمد الأحمد', 'דנה לוי'),
      field,
    ),
    limit: fc.oneof(fc.integer({ min: -5, max: 60 }), field),
    passphrase: field,
  },
  { requiredKeys: [] },
);

export const payload = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
    }),
  },
  { weight: 2, arbitrary: nasty },
  { weight: 3, arbitrary: shaped },
  { weight: 3, arbitrary: nearlyValid },
  { weight: 1, arbitrary: fc.array(field, { maxLength: 4 }) },
);
