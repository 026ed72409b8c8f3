/**
 * The crisis lines a client is shown: the one list the client view and every client-facing
 * document (handout, one-page handout, closure letter) print, so what the client sees on the
 * screen is what they take home.
 */
import type { CrisisLineSnapshot } from '../checklist/answer-schema';
import { CLIENT_WORDS_EN } from '../client-words/messages-en';
import type { CrisisLine, CrisisLineTag } from './crisis-line-schema';

/** Id of the generic "call your local emergency number" line, used when the region has no emergency number. */
export const LOCAL_EMERGENCY_LINE_ID = 'local-emergency';

/** The wording of the generic emergency line (client-facing; translated with the handout's catalogue). */
export interface LocalEmergencyWords {
  name: string;
  instructions: string;
}

/** The English wording of the generic emergency line, from the client's plain words. */
export const LOCAL_EMERGENCY_WORDS_EN: LocalEmergencyWords = {
  name: CLIENT_WORDS_EN['client.crisis.localEmergencyName'],
  instructions: CLIENT_WORDS_EN['client.crisis.localEmergencyInstructions'],
};

const key = (line: Pick<CrisisLineSnapshot, 'name' | 'contact'>) =>
  `${line.name.trim()}|${line.contact.trim()}`.toLowerCase();

/** The generic emergency line, in the given words. */
export function localEmergencyLine(
  words: LocalEmergencyWords = LOCAL_EMERGENCY_WORDS_EN,
): CrisisLineSnapshot {
  return {
    id: LOCAL_EMERGENCY_LINE_ID,
    name: words.name,
    how: ['call'],
    contact: '',
    instructions: words.instructions,
    hours: '',
    region: '',
    emergency: true,
  };
}

/**
 * Returns the lines to show the client: exactly the lines chosen in the session, in the order
 * chosen, then the region's emergency number(s) unless an emergency number was chosen. When neither has an emergency
 * number (a region without lines, or a session with none chosen and no region), the generic
 * "call your local emergency number" line closes the list, so it is never empty.
 */
export function crisisLinesShown(
  chosen: readonly CrisisLineSnapshot[],
  regionLines: readonly CrisisLineSnapshot[],
  words: LocalEmergencyWords = LOCAL_EMERGENCY_WORDS_EN,
): CrisisLineSnapshot[] {
  const seen = new Set(chosen.map(key));
  // An emergency number chosen in the session (typed by hand, say) stands for the region's.
  const emergency = chosen.some((line) => line.emergency)
    ? []
    : regionLines.filter((line) => line.emergency && !seen.has(key(line)));
  const shown = [...chosen, ...emergency];
  return shown.some((line) => line.emergency) ? shown : [...shown, localEmergencyLine(words)];
}

/** A client's age group, for suggesting crisis lines. */
export type AgeGroup = 'adult' | 'youth';

/** Tags that mark a line for one community; such lines are offered, never suggested by default. */
const COMMUNITY_TAGS: readonly CrisisLineTag[] = ['lgbtq', 'veterans', 'indigenous'];

/**
 * The lines suggested for a client of an age group: support lines for everyone or for that age
 * group, not emergency numbers (they are always shown) and not community lines (LGBTQ+,
 * veterans, Aboriginal and Torres Strait Islander), which the clinician adds when they fit.
 */
export function suggestedCrisisLines<L extends Pick<CrisisLine, 'emergency' | 'tags'>>(
  lines: readonly L[],
  ageGroup: AgeGroup,
): L[] {
  return lines.filter((line) => {
    if (line.emergency || line.tags.some((tag) => COMMUNITY_TAGS.includes(tag))) return false;
    const ages = line.tags.filter((tag): tag is AgeGroup => tag === 'adult' || tag === 'youth');
    return ages.length === 0 || ages.includes(ageGroup);
  });
}
