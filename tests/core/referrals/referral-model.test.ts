import { describe, expect, test } from 'vitest';
import { foldText } from '../../../core/search/fold';
import { ReferralSnapshotSchema } from '../../../core/checklist';
import {
  isReferralOutdated,
  newReferral,
  ReferralContactSchema,
  type ReferralData,
  ReferralInputSchema,
  referralFromContact,
  reviseReferral,
  searchReferrals,
} from '../../../core/referrals';

const ID = 'a'.repeat(32);
const NOW = '2026-11-26T10:00:00.000Z';

function contact(fields: Partial<ReferralData> & { name: string }): ReferralData {
  return ReferralInputSchema.parse(fields);
}

describe('the contact model', () => {
  test('defaults, trimming and normalising', () => {
    const c = contact({
      name: '  Σοφία Κωνσταντίνου ',
      web: 'sofia.example.gr',
      address: 'Οδός 1\r\nΑθήνα',
      tags: ['Grief', 'grief', ' adults '],
    });
    expect(c).toEqual({
      name: 'Σοφία Κωνσταντίνου',
      kind: '',
      phone: '',
      web: 'https://sofia.example.gr',
      address: 'Οδός 1\nΑθήνα',
      notes: '',
      tags: ['Grief', 'adults'],
    });
  });

  test.each([
    [{ name: '' }, 'Name is required.'],
    [{ name: 'A\nB' }, 'Name must fit on one line.'],
    [{ name: 'A', phone: 'call me' }, 'Phone must contain a number.'],
    [
      { name: 'A', web: 'javascript:alert(1)' },
      'Web address must be a site such as https://example.org.',
    ],
    [
      { name: 'A', web: 'https://nodot' },
      'Web address must be a site such as https://example.org.',
    ],
    [{ name: 'A', tags: ['a,b'] }, 'A tag cannot contain a comma, a semicolon or a line break.'],
    [
      { name: 'A', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      'A contact can have at most 20 tags.',
    ],
    [{ name: 'A', clientId: 'x' }, 'Unrecognized key: "clientId"'],
    [{ name: 'A', notes: 'x'.repeat(4001) }, 'Notes can be at most 4,000 characters.'],
  ])('refuses %j', (input, message) => {
    const result = ReferralInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  test('new and revised records keep id, bump the revision and validate as stored', () => {
    const created = newReferral(contact({ name: 'Мария' }), ID, NOW);
    expect(ReferralContactSchema.parse(created)).toEqual(created);
    const revised = reviseReferral(
      created,
      contact({ name: 'Мария Иванова', kind: 'Grief' }),
      '2026-11-27T08:00:00.000Z',
    );
    expect(revised).toMatchObject({
      id: ID,
      rev: 2,
      createdAt: NOW,
      updatedAt: '2026-11-27T08:00:00.000Z',
      name: 'Мария Иванова',
    });
  });
});

describe('search', () => {
  const directory = [
    contact({ name: 'José Núñez', kind: 'Psychiatry', tags: ['medication'] }),
    contact({
      name: 'Αθηνά Παπαδοπούλου',
      kind: 'Couples therapy',
      notes: 'Speaks Greek and English',
    }),
    contact({ name: 'Dvořák Clinic', kind: 'Addiction', tags: ['alcohol', 'Rückfall'] }),
    contact({ name: 'Nunavut Wellness', kind: 'Grief support', notes: 'Ask for José' }),
    contact({
      name: 'Mei Wu',
      kind: 'Trauma',
      tags: ['emdr'],
      notes: 'Waiting list; medication reviews too',
    }),
  ];
  const names = (q: string) => searchReferrals(directory, q).map((c) => c.name);

  test('ignores case and accents, in any script', () => {
    expect(names('jose nunez')).toEqual(['José Núñez']);
    expect(names('αθηνα')).toEqual(['Αθηνά Παπαδοπούλου']);
    expect(names('DVORAK')).toEqual(['Dvořák Clinic']);
    expect(names('ruckfall')).toEqual(['Dvořák Clinic']);
  });

  test('searches kind, tags and notes; every word must match; name matches come first', () => {
    expect(names('couples')).toEqual(['Αθηνά Παπαδοπούλου']);
    expect(names('jose')).toEqual(['José Núñez', 'Nunavut Wellness']);
    expect(names('medication')).toEqual(['José Núñez', 'Mei Wu']);
    expect(names('trauma emdr')).toEqual(['Mei Wu']);
    expect(names('trauma grief')).toEqual([]);
  });

  test('an empty query lists everyone by name', () => {
    expect(names('  ')).toHaveLength(5);
    expect(names('')[0]).toBe('Dvořák Clinic');
  });

  test('folding', () => {
    expect(foldText('Straße Ørsted ΣΟΦΊΑΣ')).toBe('strasse orsted σοφιασ');
  });
});

describe('snapshots', () => {
  test('copy what the handout needs, leave notes and tags out, and know when the directory says something else', () => {
    const stored = newReferral(
      contact({
        name: 'عيادة النور',
        phone: '+971 4 555 0199',
        notes: 'private: slow to reply',
        tags: ['family'],
      }),
      ID,
      NOW,
    );
    const snap = referralFromContact(stored, 'e1');
    expect(ReferralSnapshotSchema.parse(snap)).toEqual(snap);
    expect(snap).toEqual({
      id: 'e1',
      referralId: ID,
      name: 'عيادة النور',
      kind: '',
      phone: '+971 4 555 0199',
      web: '',
      address: '',
      note: '',
    });
    expect(JSON.stringify(snap)).not.toContain('slow to reply');
    expect(isReferralOutdated(snap, stored)).toBe(false);
    expect(
      isReferralOutdated(
        snap,
        reviseReferral(stored, contact({ name: 'عيادة النور الجديدة' }), NOW),
      ),
    ).toBe(true);
    expect(
      isReferralOutdated(
        snap,
        reviseReferral(
          stored,
          contact({
            name: 'عيادة النور',
            phone: '+971 4 555 0199',
            notes: 'only the notes changed',
          }),
          NOW,
        ),
      ),
    ).toBe(false);
    expect(
      isReferralOutdated(snap, newReferral(contact({ name: 'Another' }), 'b'.repeat(32), NOW)),
    ).toBe(false);
    expect(isReferralOutdated(snap, undefined)).toBe(false);
  });
});
