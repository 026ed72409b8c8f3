/** The crisis lines as the settings screen, the runner and the handout receive them. */
import { z } from 'zod';
import {
  type ClinicianCrisisLine,
  ClinicianCrisisLineSchema,
  type CrisisLine,
  RegionCodeSchema,
} from './crisis-line-schema';
import { type ListedCrisisLine, linesForRegion, needsCheck } from './lines-for-region';

/** A listed line with its "check this" hint. */
export type CrisisLineView = ListedCrisisLine & { needsCheck: boolean };

/** Returns the lines for a region with, on each, whether its facts are over a year old on `today` (YYYY-MM-DD). */
export function crisisLinesView(
  lines: readonly CrisisLine[],
  region: string,
  overrides: readonly ClinicianCrisisLine[],
  today: string,
): CrisisLineView[] {
  return linesForRegion(lines, region, overrides).map((line) => ({
    ...line,
    needsCheck: needsCheck(line, today),
  }));
}

/** Input of `crisisLines.list`: a region code (upper case). */
export const CrisisLinesListInputSchema = z.strictObject({
  region: z.string().trim().toUpperCase().pipe(RegionCodeSchema),
});

/** Input of `crisisLines.upsert`: the clinician's addition or correction (same id replaces). */
export const CrisisLineUpsertInputSchema = ClinicianCrisisLineSchema;

/** Input of `crisisLines.remove`: the id of the clinician's own entry. */
export const CrisisLineRemoveInputSchema = z.strictObject({
  id: ClinicianCrisisLineSchema.shape.id,
});

/** Input of `crisisLines.regions`: the language to name regions in (default English). */
export const CrisisRegionsInputSchema = z.strictObject({
  displayLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .default('en'),
});
