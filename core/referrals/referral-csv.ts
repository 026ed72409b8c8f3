/**
 * Importing and exporting the referral directory as CSV. The first row names the columns
 * (in any order, several spellings accepted); good rows are kept and bad ones reported with
 * their line number and the reason.
 */
import { AppError } from '../result';
import { type CsvProblem, formatCsv, guardFormula, parseCsv, unguardFormula } from './csv';
import { foldText } from '../search/fold';
import { type ReferralData, ReferralInputSchema } from './referral-schema';

/** The directory's fields, in export column order. */
export const REFERRAL_CSV_COLUMNS = [
  'name',
  'kind',
  'phone',
  'web',
  'address',
  'notes',
  'tags',
] as const;
type Column = (typeof REFERRAL_CSV_COLUMNS)[number];

/** Header spellings accepted for each field (compared without case, accents, spaces or punctuation). */
export const REFERRAL_CSV_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  name: ['name', 'contact', 'contact name', 'organisation', 'organization', 'service name'],
  kind: ['kind', 'kind of service', 'service', 'type', 'category'],
  phone: ['phone', 'telephone', 'tel', 'phone number'],
  web: ['web', 'website', 'web site', 'url', 'site'],
  address: ['address', 'location'],
  notes: ['notes', 'note', 'comments'],
  tags: ['tags', 'tag', 'labels'],
};

const key = (header: string) => foldText(header).replace(/[^\p{L}\p{N}]/gu, '');

/** One contact read from the file, with the line its row starts on. */
export interface ImportedReferral {
  line: number;
  contact: ReferralData;
}

/** What an import found: the good rows, the bad ones (line and reason) and columns it did not use. */
export interface ReferralImportReport {
  imported: ImportedReferral[];
  problems: CsvProblem[];
  ignoredColumns: string[];
}

function mapHeader(fields: string[]): { columns: (Column | undefined)[]; ignored: string[] } {
  const lookup = new Map<string, Column>();
  for (const column of REFERRAL_CSV_COLUMNS)
    for (const alias of REFERRAL_CSV_ALIASES[column]) lookup.set(key(alias), column);
  const seen = new Set<Column>();
  const ignored: string[] = [];
  const columns = fields.map((header) => {
    const column = lookup.get(key(header));
    if (!column) {
      if (header.trim()) ignored.push(header.trim());
      return undefined;
    }
    if (seen.has(column))
      throw new AppError(
        'invalid-input',
        `Two columns mean "${column}". Keep one and import again.`,
      );
    seen.add(column);
    return column;
  });
  if (!seen.has('name'))
    throw new AppError(
      'invalid-input',
      'The first row must name the columns, and one of them must be "name".',
    );
  return { columns, ignored };
}

function explain(issues: readonly { message: string }[]): string {
  return [...new Set(issues.map((i) => i.message))].slice(0, 3).join(' ');
}

/**
 * Reads a directory CSV (UTF-8, with or without a byte-order mark; CRLF or LF). Throws an
 * `invalid-input` AppError only when the file as a whole cannot be used (empty, or no usable
 * header row); every other problem is reported per row, and the good rows are returned.
 */
export function importReferralsCsv(text: string): ReferralImportReport {
  const { records, problems } = parseCsv(text);
  const header = records[0];
  const headerBroken = problems.some((p) => header === undefined || p.line < header.line);
  if (!header || headerBroken)
    throw new AppError('invalid-input', 'The file has no readable header row naming the columns.');
  const { columns, ignored } = mapHeader(header.fields);
  const report: ReferralImportReport = {
    imported: [],
    problems: [...problems],
    ignoredColumns: ignored,
  };

  for (const record of records.slice(1)) {
    if (record.fields.length > columns.length) {
      report.problems.push({
        line: record.line,
        reason: `This row has ${record.fields.length} values but the header has ${columns.length} columns; a value with a comma may need quotes.`,
      });
      continue;
    }
    const row: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      if (!column) return;
      const value = unguardFormula(record.fields[index] ?? '');
      row[column] =
        column === 'tags'
          ? value
              .split(/[;,]/)
              .map((t) => t.trim())
              .filter(Boolean)
          : value;
    });
    const parsed = ReferralInputSchema.safeParse(row);
    if (parsed.success) report.imported.push({ line: record.line, contact: parsed.data });
    else report.problems.push({ line: record.line, reason: explain(parsed.error.issues) });
  }
  report.problems.sort((a, b) => a.line - b.line);
  return report;
}

/**
 * Returns the contacts as CSV (header row, CRLF, tags joined by "; "), with a byte-order mark
 * unless `bom` is false. A value that a spreadsheet would run as a formula is written as text
 * (leading apostrophe) and reads back unchanged on import.
 */
export function exportReferralsCsv(
  contacts: readonly ReferralData[],
  options: { bom?: boolean } = {},
): string {
  const rows = contacts.map((c) =>
    [c.name, c.kind, c.phone, c.web, c.address, c.notes, c.tags.join('; ')].map(guardFormula),
  );
  return formatCsv([[...REFERRAL_CSV_COLUMNS], ...rows], { bom: options.bom ?? true });
}
