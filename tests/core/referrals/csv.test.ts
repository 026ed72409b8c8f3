import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvField, formatCsv, parseCsv } from '../../../core/referrals';

describe('parseCsv', () => {
  test('plain rows, CRLF, with physical line numbers', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
      ],
      problems: [],
    });
  });

  test('LF, lone CR and no final line end', () => {
    expect(parseCsv('a,b\nc,d\re,f').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
    ]);
  });

  test('quoted commas, doubled quotes and embedded line breaks; later lines are counted physically', () => {
    const text =
      'name,notes\r\n"Wu, Mei","She said ""hello""\r\nand left"\r\nΣοφία,"line1\nline2\nline3"\r\nlast,x\r\n';
    const { records, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['name', 'notes'] },
      { line: 2, fields: ['Wu, Mei', 'She said "hello"\r\nand left'] },
      { line: 4, fields: ['Σοφία', 'line1\nline2\nline3'] },
      { line: 7, fields: ['last', 'x'] },
    ]);
  });

  test('a byte-order mark is dropped; empty fields and trailing commas are kept; blank lines are skipped', () => {
    expect(parseCsv('\uFEFFa,,c,\n\n\r\nd\n').records).toEqual([
      { line: 1, fields: ['a', '', 'c', ''] },
      { line: 4, fields: ['d'] },
    ]);
  });

  test('text after a closing quote is reported and reading resumes on the next line', () => {
    const { records, problems } = parseCsv('h1,h2\n"ok"x,2\ngood,3\n');
    expect(problems).toEqual([{ line: 2, reason: expect.stringContaining('closing quote') }]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
  });

  test('an unclosed quote is reported at the line where its record starts', () => {
    const { records, problems } = parseCsv('h\nfine\n"never closed\nmore\n');
    expect(records.map((r) => r.fields[0])).toEqual(['h', 'fine']);
    expect(problems).toEqual([{ line: 3, reason: expect.stringContaining('never closed') }]);
  });

  test('a stray quote inside an unquoted value is kept as typed', () => {
    expect(parseCsv('5" screen,b\n').records[0]?.fields).toEqual(['5" screen', 'b']);
  });
});

describe('formatCsv', () => {
  test('quotes only when needed and ends lines with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' edge ')).toBe('" edge "');
    expect(formatCsv([['a', 'b\nc']], { bom: true })).toBe('\uFEFFa,"b\nc"\r\n');
  });

  test('round-trips any table of strings (rows of 2+ fields)', () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '0',
        ' ',
        ',',
        '"',
        '\n',
        '\r\n',
        '\r',
        'é',
        'Ж',
        'ع',
        '中',
        ';',
        '\t',
      ),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((w) =>
          fc.array(fc.array(cell, { minLength: w, maxLength: w }), {
            minLength: 1,
            maxLength: 8,
          }),
        ),
        (rows) => {
          const { records, problems } = parseCsv(formatCsv(rows, { bom: true }));
          expect(problems).toEqual([]);
          expect(records.map((r) => r.fields)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
