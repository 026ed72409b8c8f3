/** A measure's scores over time, reduced to what tables, charts and summaries show. */
import type { MeasureDefinition, SeverityBand } from './measure-definition';
import type { MeasureScore } from './measure-score';
import { sortByDate } from './measure-score';
import type { MetricResult } from './metric-result';
import { changeMetrics } from './change-metrics';
import { severityBand } from './severity';

/** What is known about one measure across a session's recorded scores. */
export interface SeriesSummary {
  measureId: string;
  name: string;
  shortName: string;
  /** The scores, oldest first. */
  scores: MeasureScore[];
  first: MeasureScore;
  last: MeasureScore;
  firstBand: SeverityBand | null;
  lastBand: SeverityBand | null;
  /** First-to-last calculations; empty when there is only one score. */
  metrics: MetricResult[];
}

/** Summarises one measure's scores (ignoring scores of other measures); null when there are none. */
export function summarizeSeries(
  def: MeasureDefinition,
  scores: readonly MeasureScore[],
): SeriesSummary | null {
  const own = sortByDate(scores.filter((s) => s.measureId === def.id));
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last) return null;
  return {
    measureId: def.id,
    name: def.name,
    shortName: def.shortName,
    scores: own,
    first,
    last,
    firstBand: severityBand(def, first.score),
    lastBand: severityBand(def, last.score),
    metrics: own.length > 1 ? changeMetrics(def, first.score, last.score) : [],
  };
}

/** The ids of measures that have at least one score, in order of first appearance. */
export function measuresUsed(scores: readonly MeasureScore[]): string[] {
  return [...new Set(scores.map((s) => s.measureId))];
}
