/**
 * How a measure changed between a first and a last score.
 *
 * Definitions (cited, not copied):
 * - Reliable change: Jacobson & Truax (1991), J Consult Clin Psychol 59(1):12-19 — a change larger
 *   than measurement error. The per-measure point values come from the NHS Talking Therapies
 *   manual (PHQ-9 6, GAD-7 4); custom measures supply their own value.
 * - Caseness, recovery and reliable recovery: NHS Talking Therapies manual — a case at the start,
 *   not a case at the end, plus reliable improvement. This is Jacobson & Truax's "clinically
 *   significant change" applied one measure at a time; see paired-outcome.ts for the combined
 *   PHQ-9 + GAD-7 reading the NHS reports.
 * - Response: a drop of at least 50% from the first score, a convention in depression trials
 *   (e.g. Kroenke et al. 2001 follow-ups). Only meaningful where lower is better and the scale
 *   starts at 0, so it is "not applicable" otherwise.
 * - Remission: PHQ-9 below 5 (Kroenke et al. 2001); GAD-7 below 5 is our judgement (see
 *   built-in-measures.ts).
 */
import type { MeasureDefinition } from './measure-definition';
import type { MetricResult } from './metric-result';
import { tidy } from './metric-result';
import { cutoffSource } from './measure-prefs';
import { isCase, isRemitted } from './severity';

const JT = 'Jacobson & Truax (1991); thresholds from the NHS Talking Therapies manual';
const NHS = 'NHS Talking Therapies manual';

/** Points of improvement from first to last (positive = better, whichever way the scale runs). */
export function improvement(def: MeasureDefinition, first: number, last: number): number {
  return tidy(def.better === 'lower' ? first - last : last - first);
}

function pts(n: number): string {
  const a = Math.abs(n);
  return `${a} ${a === 1 ? 'point' : 'points'}`;
}

/** The raw change from first to last score, described in words. */
export function change(def: MeasureDefinition, first: number, last: number): MetricResult {
  const delta = tidy(last - first);
  const gain = improvement(def, first, last);
  const label =
    delta === 0
      ? `${def.shortName} stayed at ${first}.`
      : `${def.shortName} went ${delta < 0 ? 'down' : 'up'} by ${pts(delta)}, from ${first} to ${last} (${gain > 0 ? 'better' : 'worse'}).`;
  return {
    metric: 'change',
    name: 'Change',
    met: null,
    label,
    detail: { first, last, delta, improvement: gain },
    source: 'Difference between first and last score',
  };
}

/** Whether the score improved by at least the measure's reliable-change value. */
export function reliableImprovement(
  def: MeasureDefinition,
  first: number,
  last: number,
): MetricResult {
  const gain = improvement(def, first, last);
  const rc = def.reliableChange;
  const base = {
    metric: 'reliable-improvement' as const,
    name: 'Reliable improvement',
    source: JT,
    detail: { improvement: gain, threshold: rc },
  };
  if (rc === null)
    return {
      ...base,
      met: null,
      label: `${def.shortName} has no reliable-change value, so this cannot be judged.`,
    };
  const met = gain >= rc;
  const label = met
    ? `${def.shortName} improved by ${pts(gain)}: at least the ${rc} needed to be confident it is a real change.`
    : `${def.shortName} did not improve by the ${rc} points needed to be confident of a real change.`;
  return { ...base, met, label };
}

/** Whether the score worsened by at least the measure's reliable-change value. */
export function reliableDeterioration(
  def: MeasureDefinition,
  first: number,
  last: number,
): MetricResult {
  const loss = -improvement(def, first, last);
  const rc = def.reliableChange;
  const base = {
    metric: 'reliable-deterioration' as const,
    name: 'Reliable deterioration',
    source: JT,
    detail: { worsening: tidy(loss), threshold: rc },
  };
  if (rc === null)
    return {
      ...base,
      met: null,
      label: `${def.shortName} has no reliable-change value, so this cannot be judged.`,
    };
  const met = loss >= rc;
  const label = met
    ? `${def.shortName} worsened by ${pts(loss)}: more than day-to-day variation would explain.`
    : `${def.shortName} did not worsen by ${rc} points or more.`;
  return { ...base, met, label };
}

/** Whether a score is in the clinical range ("caseness"), at the start or at the end. */
export function caseness(
  def: MeasureDefinition,
  score: number,
  when: 'start' | 'end',
): MetricResult {
  const metric = when === 'start' ? ('caseness-start' as const) : ('caseness-end' as const);
  const name = when === 'start' ? 'Caseness at start' : 'Caseness at end';
  const met = isCase(def, score);
  const base = {
    metric,
    name,
    source: cutoffSource(def) ?? NHS,
    detail: { score, cutoff: def.cutoff },
  };
  if (met === null) return { ...base, met, label: `${def.shortName} has no clinical cutoff.` };
  const side =
    def.better === 'lower'
      ? `${def.cutoff} or above: ${cutoffSource(def)}`
      : `below ${def.cutoff}: ${cutoffSource(def)}`;
  const label = met
    ? `${score} is in the clinical range for ${def.shortName} (${side}).`
    : `${score} is outside the clinical range for ${def.shortName} (${side}).`;
  return { ...base, met, label };
}

/** Recovery: in the clinical range at the start and out of it at the end. */
export function recovery(def: MeasureDefinition, first: number, last: number): MetricResult {
  const start = isCase(def, first);
  const end = isCase(def, last);
  const base = {
    metric: 'recovery' as const,
    name: 'Recovery',
    source: `${NHS}; cut-off: ${cutoffSource(def) ?? 'none'}`,
    detail: { first, last, cutoff: def.cutoff },
  };
  if (start === null || end === null)
    return {
      ...base,
      met: null,
      label: `${def.shortName} has no clinical cutoff, so recovery cannot be judged.`,
    };
  if (!start)
    return {
      ...base,
      met: null,
      label: `The first ${def.shortName} score was already outside the clinical range, so recovery does not apply.`,
    };
  return end
    ? { ...base, met: false, label: `${def.shortName} is still in the clinical range.` }
    : {
        ...base,
        met: true,
        label: `${def.shortName} moved from the clinical range to outside it.`,
      };
}

/** Reliable recovery: recovery together with reliable improvement. */
export function reliableRecovery(
  def: MeasureDefinition,
  first: number,
  last: number,
): MetricResult {
  const rec = recovery(def, first, last);
  const imp = reliableImprovement(def, first, last);
  const base = {
    metric: 'reliable-recovery' as const,
    name: 'Reliable recovery',
    source: NHS,
    detail: { ...rec.detail, threshold: def.reliableChange },
  };
  if (rec.met === null)
    return { ...base, met: null, label: rec.label.replace('recovery', 'reliable recovery') };
  if (imp.met === null) return { ...base, met: null, label: imp.label };
  const met = rec.met && imp.met;
  const label = met
    ? `${def.shortName} left the clinical range with a reliable improvement.`
    : rec.met
      ? `${def.shortName} left the clinical range, but the change was smaller than the ${def.reliableChange} points needed to call it reliable.`
      : `${def.shortName} has not reliably recovered yet.`;
  return { ...base, met, label };
}

/** Response: the score fell by at least half of the first score (lower-is-better scales from 0). */
export function response(def: MeasureDefinition, first: number, last: number): MetricResult {
  const base = {
    metric: 'response' as const,
    name: 'Response (50% drop)',
    source: 'Convention in depression outcome research',
  };
  if (def.better !== 'lower' || def.min !== 0) {
    return {
      ...base,
      met: null,
      detail: { percent: null },
      label: `A 50% response is not defined for ${def.shortName}.`,
    };
  }
  if (first === 0)
    return {
      ...base,
      met: null,
      detail: { percent: null },
      label: `The first ${def.shortName} score was 0, so a 50% drop cannot be measured.`,
    };
  const percent = tidy(((first - last) / first) * 100);
  const met = percent >= 50;
  const label = met
    ? `${def.shortName} fell by ${Math.round(percent)}% — at least half of where it started.`
    : `${def.shortName} fell by less than half of where it started.`;
  return { ...base, met, detail: { percent }, label };
}

/** Remission: the last score meets the measure's remission threshold. */
export function remission(def: MeasureDefinition, last: number): MetricResult {
  const met = isRemitted(def, last);
  const base = {
    metric: 'remission' as const,
    name: 'Remission',
    source:
      def.id === 'phq-9'
        ? 'Kroenke et al. (2001)'
        : def.id === 'gad-7'
          ? 'Spitzer et al. (2006) minimal band; our judgement'
          : 'Clinician-defined threshold',
    detail: { score: last, threshold: def.remissionThreshold },
  };
  if (met === null) return { ...base, met, label: `${def.shortName} has no remission threshold.` };
  const side =
    def.better === 'lower'
      ? `below ${def.remissionThreshold}`
      : `${def.remissionThreshold} or above`;
  return {
    ...base,
    met,
    label: met
      ? `The latest ${def.shortName} score, ${last}, is in remission (${side}).`
      : `The latest ${def.shortName} score, ${last}, is not yet in remission (${side}).`,
  };
}

/** Every calculation for a first and a last score, in a fixed order for tables. */
export function changeMetrics(def: MeasureDefinition, first: number, last: number): MetricResult[] {
  return [
    change(def, first, last),
    reliableImprovement(def, first, last),
    reliableDeterioration(def, first, last),
    caseness(def, first, 'start'),
    caseness(def, last, 'end'),
    recovery(def, first, last),
    reliableRecovery(def, first, last),
    response(def, first, last),
    remission(def, last),
  ];
}
