import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../core/result';
import {
  exportReferralsCsv,
  importReferralsCsv,
  type ReferralData,
  ReferralInputSchema,
} from '../../../core/referrals';
import { parseCsv } from '../../../core/referrals/csv';

/** Ten data rows (lines 2–12; one row spans two lines), two of them bad. */
const TEN_ROWS = [
  'Name,Kind of service,Phone,Website,Address,Notes,Tags',
  'Αθηνά Παπαδοπούλου,Couples therapy,+30 21 0555 0101,athena.example.gr,,,couples; greek',
  '"Wu, Mei",Psychiatry,+1 604 555 0142,https://wu.example.org,"12 Cedar St, Vancouver",,"medication, adults"',
  'Мария Иванова,Eating disorders,+7 495 555 01 23,,,"Sliding scale; ask for ""intake""",eating',
  ',Grief support,020 7946 0011,,,,grief', // bad: no name (line 5)
  'عيادة النور,Family therapy,+971 4 555 0199,,"Villa 3\nJumeirah",,family',
  '李雪,Trauma (EMDR),+86 10 5555 0100,,,,trauma;emdr',
  'Dvořák Clinic,Addiction,+420 555 010 203,ftp://dvorak.example.cz,,,', // bad: web scheme (line 9)
  'Ngozi Adéyẹmí,Perinatal,+234 1 555 0100,,,,perinatal',
  'Saoirse Ní Bhriain,Youth services,+353 1 555 0133,,,,youth',
  'Kaito Tanaka,Occupational therapy,03-5555-0101,,,,ot',
].join('\r\n');

describe('import', () => {
  test('a 10-row file with 2 bad rows imports 8 and reports the lines and reasons', () => {
    const report = importReferralsCsv(TEN_ROWS);
    expect(report.imported).toHaveLength(8);
    expect(report.problems).toEqual([
      { line: 5, reason: 'Name is required.' },
      { line: 9, reason: 'Web address must be a site such as https://example.org.' },
    ]);
    expect(report.imported.map((r) => r.line)).toEqual([2, 3, 4, 6, 8, 10, 11, 12]);
    expect(report.ignoredColumns).toEqual([]);
    const wu = report.imported[1]!.contact;
    expect(wu).toMatchObject({
      name: 'Wu, Mei',
      address: '12 Cedar St, Vancouver',
      tags: ['medication', 'adults'],
    });
    expect(report.imported[0]!.contact.web).toBe('https://athena.example.gr');
    expect(report.imported[2]!.contact.notes).toBe('Sliding scale; ask for "intake"');
    expect(report.imported[3]!.contact.address).toBe('Villa 3\nJumeirah');
    expect(report.imported[4]!.contact.tags).toEqual(['trauma', 'emdr']);
  });

  test('LF line ends and a BOM give the same result', () => {
    const lf = importReferralsCsv(`\uFEFF${TEN_ROWS.replace(/\r\n/g, '\n')}`);
    const crlf = importReferralsCsv(TEN_ROWS);
    expect(lf).toEqual(crlf);
  });

  test('columns map by name in any order; unknown columns are reported and missing ones default', () => {
    const report = importReferralsCsv(
      'Tags,Favourite colour,NAME,Téléphone,Fax\r\nx;y,blue,Ελένη, +44 20 7946 0000,123\r\n',
    );
    expect(report.ignoredColumns).toEqual(['Favourite colour', 'Fax']);
    expect(report.imported[0]?.contact).toEqual({
      name: 'Ελένη',
      kind: '',
      phone: '+44 20 7946 0000',
      web: '',
      address: '',
      notes: '',
      tags: ['x', 'y'],
    });
  });

  test('short rows are padded, long rows are reported', () => {
    const report = importReferralsCsv('name,phone,notes\nAna,\nBo,1,2,3\n');
    expect(report.imported.map((r) => r.contact.name)).toEqual(['Ana']);
    expect(report.problems).toEqual([
      { line: 3, reason: expect.stringContaining('4 values but the header has 3 columns') },
    ]);
  });

  test('a malformed row is reported among validation problems, in line order', () => {
    const report = importReferralsCsv('name,phone\n"Ana"x,1\nBo,no digits\nCy,3\n');
    expect(report.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(report.problems[1]?.reason).toBe('Phone must contain a number.');
    expect(report.imported.map((r) => r.contact.name)).toEqual(['Cy']);
  });

  test.each([
    ['', 'header'],
    ['\r\n\r\n', 'header'],
    ['phone,notes\n1,x\n', '"name"'],
    ['name,Name\nA,B\n', 'Two columns'],
    ['"name\n', 'header'],
  ])('refuses a file without a usable header: %j', (text, words) => {
    let caught: unknown;
    try {
      importReferralsCsv(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('invalid-input');
    expect((caught as AppError).message).toContain(words);
  });

  test('problem reasons never repeat the values of the row', () => {
    const report = importReferralsCsv('name,web\nСекрет Тайнов,javascript:alert(1)\n');
    expect(report.problems[0]?.reason).not.toMatch(/Секрет|javascript/);
  });
});

describe('export', () => {
  test('writes a header, CRLF line ends, a BOM and quotes where needed', () => {
    const contact = ReferralInputSchema.parse({
      name: 'Wu, Mei',
      notes: 'line 1\nline "2"',
      tags: ['a', 'b'],
    });
    const csv = exportReferralsCsv([contact]);
    expect(csv).toBe(
      '\uFEFFname,kind,phone,web,address,notes,tags\r\n"Wu, Mei",,,,,"line 1\nline ""2""",a; b\r\n',
    );
    expect(exportReferralsCsv([], { bom: false })).toBe(
      'name,kind,phone,web,address,notes,tags\r\n',
    );
  });

  test('a value a spreadsheet would run as a formula is written as text and read back unchanged', () => {
    const risky = [
      '=HYPERLINK("http://x.example","click")',
      '+44 20 7946 0000',
      '-2+3',
      '@SUM(A1)',
      "'=already quoted",
      "''+twice",
    ];
    const contacts = risky.map((name) =>
      ReferralInputSchema.parse({ name, notes: '@home visits', phone: '+1 503 555 0147' }),
    );
    const csv = exportReferralsCsv(contacts, { bom: false });
    expect(csv.split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x.example"",""click"")",,'+1 503 555 0147,,,'@home visits,`,
    );
    expect(importReferralsCsv(csv).imported.map((i) => i.contact)).toEqual(contacts);
  });

  test('import(export(contacts)) gives back the same contacts', () => {
    const text = (max: number) =>
      fc.string({
        unit: fc.constantFrom(
          'a',
          'Q',
          '7',
          ' ',
          ',',
          '"',
          ';',
          'é',
          'Ω',
          'Ж',
          'ح',
          '中',
          '-',
          "'",
          '.',
          '=',
          '+',
          '@',
          '\t',
        ),
        maxLength: max,
      });
    const multi = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        ',',
        '"',
        '\n',
        '\r\n',
        'ü',
        'נ',
        '中',
        '=',
        "'",
        '\r',
        '\t',
        '@',
      ),
      maxLength: 60,
    });
    const tag = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', 'ß', 'Я', '中', '-', '=', '+', "'"),
      minLength: 1,
      maxLength: 12,
    });
    const contact = fc.record({
      name: text(40).filter((s) => s.trim() !== ''),
      kind: text(30),
      phone: fc.oneof(fc.constant(''), fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,20}$/)),
      web: fc.oneof(
        fc.constant(''),
        fc.constantFrom('example.org', 'https://例子.example/路径?q=1,2', 'http://a.bc/"x"'),
      ),
      address: multi,
      notes: multi,
      tags: fc.array(tag, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 6 }), (raw) => {
        const contacts: ReferralData[] = [];
        for (const r of raw) {
          const parsed = ReferralInputSchema.safeParse(r);
          if (parsed.success) contacts.push(parsed.data);
        }
        const csv = exportReferralsCsv(contacts);
        for (const { fields } of parseCsv(csv).records)
          for (const field of fields) expect(field).not.toMatch(/^[=+\-@\t\r]/);
        const report = importReferralsCsv(csv);
        expect(report.problems).toEqual([]);
        expect(report.imported.map((i) => i.contact)).toEqual(contacts);
      }),
      { numRuns: 300 },
    );
  });
});
