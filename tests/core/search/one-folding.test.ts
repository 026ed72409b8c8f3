import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchReferrals, type ReferralData } from '../../../core/referrals';
import { createArchiveIndex, foldText } from '../../../core/search';
import { makeDoc } from './search-fixtures';

const contact = (name: string): ReferralData => ({
  name,
  kind: '',
  phone: '',
  web: '',
  address: '',
  notes: '',
  tags: [],
});

/**
 * The archive and the referral directory fold text with one function, so a name typed one way
 * is found in both or in neither.
 */
describe('one folding for the archive and the referral directory', () => {
  it.each([
    ["O'Brien", 'obrien', 'obrien'],
    ['O’Brien Clinic', "o'brien", 'obrien clinic'],
    ['مكتبة الأمل', 'مكتبه', 'مكتبه الامل'],
    ['Ħal Far Centre', 'hal', 'hal far centre'],
    ['Zoë Ørsted', 'zoe orsted', 'zoe orsted'],
    ['Łódź Straße', 'lodz strasse', 'lodz strasse'],
  ])('%j: found by %j in both; folds to %j', (name, typed, folded) => {
    expect(foldText(name)).toBe(folded);
    expect(searchReferrals([contact(name)], typed).map((c) => c.name)).toEqual([name]);
    const index = createArchiveIndex({ locale: 'en' });
    index.upsert(makeDoc({ clientDisplayName: name }));
    expect(index.search({ text: typed }).total).toBe(1);
  });

  it('finds any generated name in both by its folded form', () => {
    const names = fc.constantFrom(
      'Zoë Ørsted',
      'محمد الأحمد',
      'דנה לוי',
      '王小明',
      'Ольга Петровна',
      'Ħal Tarxien',
      "Siobhán O'Neill",
      'مكتبة',
    );
    fc.assert(
      fc.property(names, (name) => {
        const typed = foldText(name);
        expect(searchReferrals([contact(name)], typed)).toHaveLength(1);
        const index = createArchiveIndex({ locale: 'en' });
        index.upsert(makeDoc({ clientDisplayName: name }));
        expect(index.search({ text: typed }).total).toBe(1);
      }),
      { numRuns: 30 },
    );
  });
});
