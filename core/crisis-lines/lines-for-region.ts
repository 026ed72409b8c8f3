/** Choosing the lines to show for a region, with the clinician's own additions and corrections. */
import type { ClinicianCrisisLine, CrisisLine } from './crisis-line-schema';

/** Where a line shown to the clinician comes from. */
export type LineOrigin = 'shipped' | 'corrected' | 'added';

/** A line as listed: the line, its origin and, for a correction, the shipped id it replaces. */
export type ListedCrisisLine = Omit<CrisisLine, 'source'> & {
  source: string;
  origin: LineOrigin;
  overrides?: string;
};

function listed(line: CrisisLine | ClinicianCrisisLine, origin: LineOrigin): ListedCrisisLine {
  const { overrides, hidden: _hidden, ...rest } = line as ClinicianCrisisLine;
  return overrides && origin === 'corrected' ? { ...rest, origin, overrides } : { ...rest, origin };
}

/**
 * Returns the lines for a region (case-insensitive code): shipped lines in file order, each
 * replaced by the clinician's correction when there is one (or left out when they hid it), then
 * the clinician's additions. A correction whose shipped line no longer exists is kept as an addition.
 */
export function linesForRegion(
  lines: readonly CrisisLine[],
  region: string,
  clinicianOverrides: readonly ClinicianCrisisLine[] = [],
): ListedCrisisLine[] {
  const code = region.trim().toUpperCase();
  const shippedIds = new Set(lines.map((l) => l.id));
  const corrections = new Map<string, ClinicianCrisisLine>();
  for (const entry of clinicianOverrides)
    if (entry.overrides && shippedIds.has(entry.overrides)) corrections.set(entry.overrides, entry);

  const out: ListedCrisisLine[] = [];
  for (const line of lines) {
    const correction = corrections.get(line.id);
    if (correction?.hidden) continue;
    const effective = correction ? listed(correction, 'corrected') : listed(line, 'shipped');
    if (effective.region === code) out.push(effective);
  }
  for (const entry of clinicianOverrides) {
    if (entry.hidden || entry.region !== code) continue;
    if (entry.overrides && shippedIds.has(entry.overrides)) continue;
    out.push(listed(entry, 'added'));
  }
  return out;
}

/**
 * Tells whether a line's facts are more than a year old on `today` (YYYY-MM-DD), so the
 * clinician should check them again. A line checked exactly a year ago is still fine.
 */
export function needsCheck(line: Pick<CrisisLine, 'lastChecked'>, today: string): boolean {
  const [y, m, d] = line.lastChecked.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return today > anniversary;
}
