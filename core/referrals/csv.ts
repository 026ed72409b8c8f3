/**
 * RFC 4180 CSV: commas between values, values with commas, quotes or line breaks in double
 * quotes, a quote inside doubled. Reading also accepts a UTF-8 byte-order mark, LF or lone CR
 * line ends, and a stray quote inside an unquoted value. Every record carries the physical line
 * (1-based) it starts on, so problems can be reported where a spreadsheet shows them.
 */

/** One record with the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A record that could not be read, with the line it starts on and why. */
export interface CsvProblem {
  line: number;
  reason: string;
}

const UNCLOSED =
  'A quoted value is never closed (a closing " is missing), so the rest of the file could not be read.';
const AFTER_QUOTE =
  'Text follows a closing quote. Put the whole value in quotes and double any " inside it.';

/**
 * Splits CSV text into records. Blank lines are skipped; a malformed record is reported and
 * reading goes on with the next line, so one bad row never hides the good ones.
 */
export function parseCsv(input: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const n = text.length;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let i = 0;
  let line = 1;

  /** Consumes one line end at `i` if there is one; returns whether it did. */
  const lineEnd = (): boolean => {
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i += 1;
    else return false;
    line += 1;
    return true;
  };

  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let problem: string | undefined;
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i += 1;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === '\r' || c === '\n') {
            const from = i;
            lineEnd();
            field += text.slice(from, i);
            continue;
          }
          field += c;
          i += 1;
        }
        if (!closed) {
          problem = UNCLOSED;
          break;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          problem = AFTER_QUOTE;
          while (i < n && text[i] !== '\r' && text[i] !== '\n') i += 1;
          lineEnd();
          break;
        }
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') i += 1;
        field = text.slice(from, i);
      }
      fields.push(field);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      lineEnd();
      break;
    }
    if (problem) problems.push({ line: start, reason: problem });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, problems };
}

/** A value a spreadsheet would run as a formula: it starts (after any apostrophes) with = + - @, a tab or a carriage return. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A value written by `guardFormula`: one or more apostrophes before a formula character. */
const GUARDED_START = /^'+[=+\-@\t\r]/;

/**
 * Returns a value a spreadsheet will show as text rather than run: one that could start a
 * formula gets a leading apostrophe (OWASP's advice for CSV injection). `unguardFormula` undoes it.
 */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `guardFormula`, so a guarded value reads back exactly as it was before export. */
export function unguardFormula(value: string): string {
  return GUARDED_START.test(value) ? value.slice(1) : value;
}

/** Returns a value as a CSV field: quoted (quotes doubled) when it holds a comma, quote, line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Returns rows as CSV text with CRLF line ends (RFC 4180), optionally starting with a UTF-8 byte-order mark for spreadsheet apps. */
export function formatCsv(
  rows: readonly (readonly string[])[],
  options: { bom?: boolean } = {},
): string {
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
