/**
 * Scores as the client reads them: a measure's chart with a plain title, plain band names (or
 * none), a plain caption that says it is a screening questionnaire, not a diagnosis, and the
 * change in everyday words. Built on the clinician's chart (core/chart) so both show the same
 * lines and points; only the words differ.
 */
import { measureLineScene } from '../chart/measure-line-chart';
import { placeChartLabels } from '../chart/place-labels';
import type { ChartOptions, Scene, SceneElement } from '../chart/scene';
import type { MeasureDefinition } from '../measures/measure-definition';
import type { MeasureScore } from '../measures/measure-score';
import { summarizeSeries } from '../measures/series-summary';
import { bandSpans, severityBand } from '../measures/severity';
import {
  CLIENT_WORDS_EN,
  type ClientWordKey,
  type ClientWords,
  formatClientWord,
} from './messages-en';

/** How client charts are drawn (from Settings). */
export interface ClientChartPrefs {
  /** Show the bands' plain names on the chart (the shading stays either way). */
  bandNames: boolean;
}

/** The default: plain band names shown. */
export const DEFAULT_CLIENT_CHART_PREFS: ClientChartPrefs = { bandNames: true };

/** Plain band names of the built-in measures, band by band from the lowest score. */
const PLAIN_BANDS: Readonly<Record<string, readonly ClientWordKey[]>> = {
  'phq-9': ['client.band.1', 'client.band.2', 'client.band.3', 'client.band.4', 'client.band.5'],
  'gad-7': ['client.band.1', 'client.band.2', 'client.band.3', 'client.band.5'],
};

/**
 * The plain name of the band at `index` (lowest first), or null when the measure has no plain
 * band names (a clinician's own measure: its band names are clinical words, never shown to clients).
 */
export function plainBandName(
  def: MeasureDefinition,
  index: number,
  words: ClientWords = CLIENT_WORDS_EN,
): string | null {
  const keys = def.builtIn ? PLAIN_BANDS[def.id] : undefined;
  if (!keys || keys.length !== def.bands.length) return null;
  const key = keys[index];
  return key ? words[key] : null;
}

function plainBandOf(def: MeasureDefinition, score: number, words: ClientWords): string | null {
  const band = severityBand(def, score);
  if (!band) return null;
  const index = [...def.bands].sort((a, b) => a.from - b.from).indexOf(band);
  return plainBandName(def, index, words);
}

/** What the measure asks about, in plain words ("low mood"); the measure's own name for a clinician's measure. */
export function measureTopic(def: MeasureDefinition, words: ClientWords = CLIENT_WORDS_EN): string {
  const key = `client.measure.topic.${def.id}` as ClientWordKey;
  return def.builtIn && key in words ? words[key] : def.name;
}

/** "A screening questionnaire, not a diagnosis." */
export function screeningNote(words: ClientWords = CLIENT_WORDS_EN): string {
  return words['client.measure.screening'];
}

/**
 * The plain caption of a client chart: what the questionnaire is about, which way is better, how
 * the scores moved (a change beyond everyday ups and downs said so, never "remission" or
 * "reliable"), and that it is a screening questionnaire, not a diagnosis.
 */
export function clientMeasureCaption(
  def: MeasureDefinition,
  scores: readonly MeasureScore[],
  formatDate: (d: string) => string,
  words: ClientWords = CLIENT_WORDS_EN,
): string {
  const w = (key: ClientWordKey, args?: Record<string, string | number>) =>
    formatClientWord(words, key, args);
  const parts = [
    w('client.measure.about', { measure: def.shortName, topic: measureTopic(def, words) }),
    w(def.better === 'lower' ? 'client.measure.lowerBetter' : 'client.measure.higherBetter'),
  ];
  const summary = summarizeSeries(def, scores);
  if (!summary) parts.push(w('client.measure.none', { measure: def.shortName }));
  else if (summary.scores.length === 1)
    parts.push(
      w('client.measure.one', { score: summary.first.score, date: formatDate(summary.first.date) }),
    );
  else {
    const { first, last } = summary;
    parts.push(
      w('client.measure.fromTo', {
        first: first.score,
        firstDate: formatDate(first.date),
        last: last.score,
        lastDate: formatDate(last.date),
      }),
    );
    if (summary.metrics.find((m) => m.metric === 'reliable-improvement')?.met)
      parts.push(w('client.measure.realChangeBetter'));
    if (summary.metrics.find((m) => m.metric === 'reliable-deterioration')?.met)
      parts.push(w('client.measure.realChangeWorse'));
  }
  parts.push(screeningNote(words));
  return parts.join(' ');
}

/**
 * A measure's chart for the client: the clinician's chart with every word replaced by plain
 * words — title, caption (as the description), band names (plain, or left out when `prefs`
 * says so or the measure has no plain names), point labels and the data table.
 */
export function clientMeasureScene(
  def: MeasureDefinition,
  scores: readonly MeasureScore[],
  options: ChartOptions,
  prefs: ClientChartPrefs = DEFAULT_CLIENT_CHART_PREFS,
  words: ClientWords = CLIENT_WORDS_EN,
): Scene {
  const fmt = options.formatDate ?? ((d: string) => d);
  const scene = measureLineScene(def, scores, options);
  const spans = bandSpans(def);
  const plainOfLabel = new Map(
    spans.map((span) => [span.label, plainBandName(def, span.index, words)]),
  );
  const own = summarizeSeries(def, scores)?.scores ?? [];
  let point = 0;
  const elements = scene.elements.flatMap((el): SceneElement[] => {
    // The dashed cut-off line marks a clinical threshold the client chart does not explain.
    if (el.type === 'line' && el.role === 'cutoff') return [];
    if (el.type === 'label' && el.role === 'band-label') {
      const plain = plainOfLabel.get(el.text) ?? null;
      return prefs.bandNames && plain ? [{ ...el, text: plain }] : [];
    }
    if (el.type === 'rect' && el.role === 'band') {
      const span = spans.find((s) => el.label?.startsWith(`${s.label}:`));
      const plain = span ? plainOfLabel.get(span.label) : null;
      const { label: _clinical, ...rest } = el;
      return [span && plain ? { ...rest, label: `${plain}: ${span.from} to ${span.to}` } : rest];
    }
    if (el.type === 'point') {
      const s = own[point++];
      const plain = s ? plainBandOf(def, s.score, words) : null;
      return [s ? { ...el, label: `${fmt(s.date)}: ${s.score}${plain ? `, ${plain}` : ''}` } : el];
    }
    return [el];
  });
  const w = (key: ClientWordKey, args?: Record<string, string | number>) =>
    formatClientWord(words, key, args);
  const withBands = own.some((s) => plainBandOf(def, s.score, words) !== null);
  // Labels are placed once their plain words are in (placeChartLabels measures the real text).
  return placeChartLabels(
    {
      ...scene,
      title: w('client.measure.title', { measure: def.shortName }),
      description: clientMeasureCaption(def, scores, fmt, words),
      elements,
      table: {
        caption: w('client.measure.tableCaption', { measure: def.shortName }),
        columns: [
          w('client.measure.colDate'),
          w('client.measure.colScore'),
          ...(withBands ? [w('client.measure.colBand')] : []),
        ],
        rows: own.map((s) => [
          fmt(s.date),
          String(s.score),
          ...(withBands ? [plainBandOf(def, s.score, words) ?? ''] : []),
        ]),
      },
    },
    options.labels,
  );
}
