import { expect, test } from 'vitest';
import {
  MAX_REFERRAL_CSV_CHARS,
  ReferralExportCsvInputSchema,
  ReferralIdInputSchema,
  ReferralImportCsvInputSchema,
  ReferralInputSchema,
  ReferralListInputSchema,
  ReferralUpdateInputSchema,
} from '../../../core/referrals';

test('referral method inputs refuse wrong types and unknown keys', () => {
  expect(ReferralListInputSchema.parse({})).toEqual({ query: '' });
  expect(ReferralListInputSchema.safeParse({ query: 3 }).success).toBe(false);
  expect(ReferralIdInputSchema.safeParse({ id: 'abc' }).success).toBe(false);
  expect(ReferralInputSchema.safeParse({ name: 'Ana', tags: 'grief' }).success).toBe(false);
  expect(
    ReferralUpdateInputSchema.safeParse({
      id: 'f'.repeat(32),
      expectedRev: 0,
      contact: { name: 'Ana' },
    }).success,
  ).toBe(false);
  expect(
    ReferralUpdateInputSchema.safeParse({
      id: 'f'.repeat(32),
      expectedRev: 1,
      contact: { name: 'Ana' },
    }).success,
  ).toBe(true);
  expect(
    ReferralImportCsvInputSchema.safeParse({ text: 'x'.repeat(MAX_REFERRAL_CSV_CHARS + 1) })
      .success,
  ).toBe(false);
  expect(ReferralImportCsvInputSchema.safeParse({ text: Buffer.from('name') }).success).toBe(false);
  expect(ReferralExportCsvInputSchema.parse({})).toEqual({ bom: true });
});
