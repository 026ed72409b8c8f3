/** Dates as documents print them, following the clinician's date-format setting. */
import type { DateFormat } from '../settings/settings-fields';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Formats a YYYY-MM-DD date (or the date part of an ISO timestamp): `long` "14 March 2025",
 * `iso` 2025-03-14, `dmy` 14/03/2025, `mdy` 03/14/2025. Text that is not a date is returned unchanged.
 */
export function formatDocumentDate(date: string, format: DateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  switch (format) {
    case 'iso':
      return `${y}-${m}-${d}`;
    case 'dmy':
      return `${d}/${m}/${y}`;
    case 'mdy':
      return `${m}/${d}/${y}`;
    case 'long':
      return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
  }
}
