/** The measures recorded in a session, summarised for the handout, the discharge summary and charts. */
import { findMeasure } from '../measures/built-in-measures';
import type { MeasureDefinition } from '../measures/measure-definition';
import { type MeasurePrefs, withMeasurePrefs } from '../measures/measure-prefs';
import type { FirstLast } from '../measures/paired-outcome';
import { pairedOutcome } from '../measures/paired-outcome';
import type { MetricResult } from '../measures/metric-result';
import type { SeriesSummary } from '../measures/series-summary';
import { measuresUsed, summarizeSeries } from '../measures/series-summary';
import type { SessionContent } from './content-schema';
import { allScores } from './progress';

/** One measure's definition with the summary of its scores. */
export interface SessionMeasure {
  definition: MeasureDefinition;
  summary: SeriesSummary;
}

/**
 * Every measure with scores in the session, in order of first entry, each with its summary, read
 * with the clinician's choices (the GAD-7 cut-off from Settings) when given.
 */
export function sessionMeasures(content: SessionContent, prefs?: MeasurePrefs): SessionMeasure[] {
  const scores = allScores(content);
  return measuresUsed(scores).flatMap((id) => {
    const found = findMeasure(id, content.customMeasures);
    const definition = found && withMeasurePrefs(found, prefs);
    const summary = definition ? summarizeSeries(definition, scores) : null;
    return definition && summary ? [{ definition, summary }] : [];
  });
}

/**
 * The combined NHS Talking Therapies reading of PHQ-9 and GAD-7, when the session has at least
 * two scores on each; null otherwise.
 */
export function sessionPairedOutcome(content: SessionContent): MetricResult[] | null {
  const measures = sessionMeasures(content);
  const pick = (id: string): FirstLast | null => {
    const m = measures.find((x) => x.definition.id === id);
    return m && m.summary.scores.length > 1
      ? { first: m.summary.first.score, last: m.summary.last.score }
      : null;
  };
  const phq = pick('phq-9');
  const gad = pick('gad-7');
  return phq && gad ? pairedOutcome(phq, gad) : null;
}
