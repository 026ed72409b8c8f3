/** The shape of every outcome calculation, so tables and handouts can show any of them alike. */

/** The calculations the app offers. */
export const METRIC_KEYS = [
  'change',
  'reliable-improvement',
  'reliable-deterioration',
  'caseness-start',
  'caseness-end',
  'recovery',
  'reliable-recovery',
  'response',
  'remission',
] as const;

/** One calculation's key. */
export type MetricKey = (typeof METRIC_KEYS)[number];

/** The result of one calculation, always carrying its own name and a plain-language reading. */
export interface MetricResult {
  metric: MetricKey;
  /** The metric's name as a clinician would recognise it, e.g. "Reliable improvement". */
  name: string;
  /** Whether the criterion is met; null when it cannot be judged for this measure. */
  met: boolean | null;
  /** One plain sentence saying what the result means. */
  label: string;
  /** The numbers behind the result, for tables (points of change, thresholds used). */
  detail: Record<string, number | null>;
  /** Where the definition comes from (a short citation for the record, never quoted text). */
  source: string;
}

/** Rounds away floating-point noise so that, for example, 0.1 + 0.2 compares as 0.3. */
export function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
