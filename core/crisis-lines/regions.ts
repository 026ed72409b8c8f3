/** Region (country) codes and names for the crisis-line region pickers. */
import type { ClinicianCrisisLine, CrisisLine } from './crisis-line-schema';
import { linesForRegion } from './lines-for-region';

/**
 * The ISO 3166-1 alpha-2 codes of countries and territories (249), plus XK (Kosovo), which ISO
 * leaves user-assigned but phone networks and CLDR use.
 */
export const REGION_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/** A region with a display name. */
export interface Region {
  code: string;
  name: string;
}

/** Tells whether a string is one of the known region codes. */
export function isRegionCode(code: string): boolean {
  return REGION_CODES.includes(code);
}

/** Returns a region's name in the given display language (English by default); the code itself when unknown. */
export function regionName(code: string, displayLanguage = 'en'): string {
  try {
    return (
      new Intl.DisplayNames([displayLanguage, 'en'], { type: 'region', fallback: 'code' }).of(
        code,
      ) ?? code
    );
  } catch {
    return code;
  }
}

function byName(displayLanguage: string) {
  const collator = new Intl.Collator(displayLanguage);
  return (a: Region, b: Region) => collator.compare(a.name, b.name);
}

/** Returns every known region with its name, sorted by name, for the "crisis-line region" picker. */
export function allRegions(displayLanguage = 'en'): Region[] {
  return REGION_CODES.map((code) => ({ code, name: regionName(code, displayLanguage) })).sort(
    byName(displayLanguage),
  );
}

/** Returns the regions that have at least one line (shipped or the clinician's own), with their line counts, sorted by name. */
export function regionsWithLines(
  lines: readonly CrisisLine[],
  clinicianOverrides: readonly ClinicianCrisisLine[] = [],
  displayLanguage = 'en',
): (Region & { lineCount: number })[] {
  const codes = new Set([
    ...lines.map((l) => l.region),
    ...clinicianOverrides.map((l) => l.region),
  ]);
  return [...codes]
    .map((code) => ({
      code,
      name: regionName(code, displayLanguage),
      lineCount: linesForRegion(lines, code, clinicianOverrides).length,
    }))
    .filter((r) => r.lineCount > 0)
    .sort(byName(displayLanguage));
}
