import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRecordStem, parseConflictCopy } from '../../../core/sync/conflict-copy-name';

const ID = '0123456789abcdef0123456789abcdef';
const parseRecord = (name: string) => parseConflictCopy(name, '.rec', isRecordStem);

const recordId = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 32, maxLength: 32 })
  .map((chars) => chars.join(''));
/** Names people give computers and accounts, in several scripts, with apostrophes and spaces. */
const personOrComputer = fc.oneof(
  fc.constantFrom(
    'Zoë Ørsted',
    'محمد الأحمد',
    'דנה לוי',
    '王小明',
    "Siobhán O'Brien",
    'Ana’s Mac',
    'DESKTOP-7Q2KD1M',
  ),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((s) => !/[()/\\]/.test(s) && s.trim() === s && s.length > 0),
);
const two = (n: number) => String(n).padStart(2, '0');
const date = fc.date({
  min: new Date('2000-01-01'),
  max: new Date('2099-12-31'),
  noInvalidDate: true,
});
const ymd = (d: Date) => `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
const compact = (d: Date) => ymd(d).replace(/-/g, '');
const hms = (d: Date) =>
  `${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;

describe('conflict copies made by sync engines', () => {
  it('recognises the names each engine writes, for any record id, computer name and date', () => {
    fc.assert(
      fc.property(recordId, personOrComputer, date, fc.nat({ max: 9 }), (id, who, when, n) => {
        const shortDevice = who
          .normalize('NFKD')
          .replace(/[^A-Z0-9]/gi, '')
          .toUpperCase()
          .padEnd(7, 'X')
          .slice(0, 7);
        const cases = [
          {
            name: `${id}.sync-conflict-${compact(when)}-${hms(when)}-${shortDevice}.rec`,
            engine: 'syncthing',
            from: shortDevice,
          },
          {
            name: `${id} (${who}'s conflicted copy ${ymd(when)}).rec`,
            engine: 'dropbox',
            from: who,
          },
          {
            name: `${id} (${who}'s conflicted copy ${ymd(when)} (${n + 1})).rec`,
            engine: 'dropbox',
            from: who,
          },
          { name: `${id} (conflicted copy ${ymd(when)}).rec`, engine: 'dropbox' },
          { name: `${id} (conflicted copy ${ymd(when)} ${hms(when)}).rec`, engine: 'nextcloud' },
          { name: `${id}_conflict-${compact(when)}-${hms(when)}.rec`, engine: 'nextcloud' },
          { name: `${id} ${n + 2}.rec`, engine: 'icloud' },
        ];
        for (const expected of cases) {
          const parsed = parseRecord(expected.name);
          expect(parsed, expected.name).toMatchObject({
            original: `${id}.rec`,
            engine: expected.engine,
          });
          if (expected.from) expect(parsed?.from).toBe(expected.from);
        }
      }),
    );
  });

  it('recognises OneDrive copies named after the computer, with or without a number', () => {
    for (const computer of ['DESKTOP-7Q2KD1M', 'LAPTOP-ANA', 'Zoës-MacBook-Pro', '王小明的电脑']) {
      expect(parseRecord(`${ID}-${computer}.rec`)).toEqual({
        original: `${ID}.rec`,
        engine: 'onedrive',
        from: computer,
      });
      expect(parseRecord(`${ID}-${computer}-2.rec`)).toEqual({
        original: `${ID}.rec`,
        engine: 'onedrive',
        from: computer,
      });
    }
  });

  it('leaves the record files themselves, temp files and other names alone', () => {
    for (const name of [
      `${ID}.rec`,
      `${ID}.rec.tmp`,
      `.syncthing.${ID}.rec.tmp`,
      `${ID}.sync-conflict-2026-12-05.rec`,
      `${ID.slice(1)} (conflicted copy 2026-12-05).rec`,
      `${ID} (conflicted copy 2026-12-05).txt`,
      `${ID.toUpperCase()}-PC.rec`,
      'notes (Ana’s conflicted copy 2026-12-05).rec',
      '',
    ]) {
      expect(parseRecord(name), name).toBeUndefined();
    }
  });

  it('never throws and only ever names an original that passes the stem test', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const parsed = parseRecord(name);
        if (parsed) expect(isRecordStem(parsed.original.slice(0, -'.rec'.length))).toBe(true);
      }),
    );
  });

  it('works for files without an extension (the vault header) and other extensions', () => {
    const isHeader = (stem: string) => stem === 'vault-header';
    expect(
      parseConflictCopy(
        'vault-header.sync-conflict-20261205-015610-Q6FALWC.json',
        '.json',
        isHeader,
      ),
    ).toMatchObject({
      original: 'vault-header.json',
      engine: 'syncthing',
    });
    expect(
      parseConflictCopy('vault-header (Ana’s conflicted copy 2026-12-05)', '', isHeader),
    ).toMatchObject({
      original: 'vault-header',
      engine: 'dropbox',
      from: 'Ana',
    });
  });
});
