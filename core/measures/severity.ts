/** Reading a single score in words: its severity band and whether it is in the clinical range. */
import type { MeasureDefinition, SeverityBand } from './measure-definition';

/**
 * Returns the severity band a score falls in (the last band starting at or below the score), or
 * null when the measure has no bands.
 */
export function severityBand(def: MeasureDefinition, score: number): SeverityBand | null {
  let found: SeverityBand | null = null;
  for (const band of [...def.bands].sort((a, b) => a.from - b.from)) {
    if (band.from <= score) found = band;
  }
  return found ?? def.bands[0] ?? null;
}

/**
 * True when a score is in the clinical range ("caseness"): at or above the cutoff when lower is
 * better, below it when higher is better. Null when the measure has no cutoff.
 */
export function isCase(def: MeasureDefinition, score: number): boolean | null {
  if (def.cutoff === null) return null;
  return def.better === 'lower' ? score >= def.cutoff : score < def.cutoff;
}

/**
 * True when a score meets the remission threshold: below it when lower is better, at or above
 * it when higher is better. Null when the measure defines none.
 */
export function isRemitted(def: MeasureDefinition, score: number): boolean | null {
  if (def.remissionThreshold === null) return null;
  return def.better === 'lower' ? score < def.remissionThreshold : score >= def.remissionThreshold;
}

/**
 * The band spans for drawing: each band runs from its start to the next band's start (the last
 * to its own end), so continuous scores leave no gaps.
 */
export function bandSpans(
  def: MeasureDefinition,
): { from: number; to: number; label: string; index: number }[] {
  const sorted = [...def.bands].sort((a, b) => a.from - b.from);
  return sorted.map((b, i) => ({
    from: b.from,
    to: sorted[i + 1]?.from ?? b.to,
    label: b.label,
    index: i,
  }));
}
