/**
 * The clinician's choices about how scores are read (from Settings): which GAD-7 cut-off marks
 * a score worth attention. Each choice names its source, so every reading can say where its
 * threshold comes from.
 *
 * Sources (cited, not copied):
 * - 8: NHS Talking Therapies for anxiety and depression manual (NHS England): GAD-7 caseness is
 *   a score of 8 or above.
 * - 10: Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166(10):1092-1097: 10 or above
 *   is the usual cut-off for screening for generalised anxiety disorder.
 */
import type { MeasureDefinition } from './measure-definition';

/** The GAD-7 cut-offs a clinician can choose. */
export const GAD7_CUTOFFS = [8, 10] as const;
/** One GAD-7 cut-off. */
export type Gad7Cutoff = (typeof GAD7_CUTOFFS)[number];

/** Where each GAD-7 cut-off comes from, in words for the clinician. */
export const GAD7_CUTOFF_SOURCES: Readonly<Record<Gad7Cutoff, string>> = {
  8: 'NHS Talking Therapies caseness (NHS Talking Therapies manual: 8 or above)',
  10: 'the usual screening cut-off (Spitzer et al. 2006: 10 or above)',
};

/** How the clinician reads scores. */
export interface MeasurePrefs {
  gad7Cutoff: Gad7Cutoff;
}

/** The reading new settings start with: the usual screening cut-off for GAD-7. */
export const DEFAULT_MEASURE_PREFS: MeasurePrefs = { gad7Cutoff: 10 };

/** Returns the definition read with the clinician's choices (the GAD-7 cut-off); other measures unchanged. */
export function withMeasurePrefs(
  def: MeasureDefinition,
  prefs: MeasurePrefs | undefined,
): MeasureDefinition {
  if (!prefs || !def.builtIn || def.id !== 'gad-7') return def;
  return { ...def, cutoff: prefs.gad7Cutoff };
}

/**
 * Where a measure's cut-off comes from, for the clinician: the chosen GAD-7 cut-off's source,
 * NHS Talking Therapies for PHQ-9's 10, "set by you" for a clinician's own measure; null without a cut-off.
 */
export function cutoffSource(def: MeasureDefinition): string | null {
  if (def.cutoff === null) return null;
  if (def.builtIn && def.id === 'gad-7' && (def.cutoff === 8 || def.cutoff === 10))
    return GAD7_CUTOFF_SOURCES[def.cutoff];
  if (def.builtIn && def.id === 'phq-9')
    return 'NHS Talking Therapies caseness and the usual screening cut-off (Kroenke et al. 2001: 10 or above)';
  return 'the cut-off set for this measure';
}

/**
 * The note beside scores for the clinician: the measures are screening questionnaires, not a
 * diagnosis, and where each cut-off used comes from.
 */
export function measureReadingNote(defs: readonly MeasureDefinition[]): string {
  const cutoffs = defs.flatMap((def) =>
    def.cutoff === null ? [] : [`${def.shortName} ${def.cutoff}, ${cutoffSource(def)}`],
  );
  const names = defs.map((def) => def.shortName);
  const what =
    names.length === 1
      ? `${names[0]} is a screening questionnaire`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are screening questionnaires`;
  return `${what}, not a diagnosis.${cutoffs.length > 0 ? ` Cut-offs: ${cutoffs.join('; ')}.` : ''}`;
}
