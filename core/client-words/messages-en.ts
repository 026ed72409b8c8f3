/**
 * The client's plain words, in English: every fixed phrase the client view and the client-facing
 * documents use about scores, charts and crisis lines. Messages are ICU MessageFormat strings
 * keyed like the handout's catalogues (simple `{name}` arguments only), so a translated
 * catalogue can supply the same keys. Never clinical jargon: no "remission", "caseness",
 * "clinical range" or severity labels such as "moderately severe".
 */
export const CLIENT_WORDS_EN = {
  'client.measure.title': 'Your {measure} scores over time',
  'client.measure.topic.phq-9': 'low mood',
  'client.measure.topic.gad-7': 'worry and anxiety',
  'client.measure.about': 'The {measure} is a short questionnaire about {topic}.',
  'client.measure.lowerBetter': 'Lower scores mean it bothered you less.',
  'client.measure.higherBetter': 'Higher scores mean things were going better.',
  'client.measure.none': 'No {measure} scores yet.',
  'client.measure.one': 'You scored {score} on {date}.',
  'client.measure.fromTo': 'Your scores went from {first} on {firstDate} to {last} on {lastDate}.',
  'client.measure.realChangeBetter': 'That is a bigger change than the everyday ups and downs.',
  'client.measure.realChangeWorse':
    'Your scores went up by more than the everyday ups and downs; it is worth talking this over with someone you trust.',
  'client.measure.screening': 'A screening questionnaire, not a diagnosis.',
  'client.measure.tableCaption': 'Your {measure} scores',
  'client.measure.colDate': 'Date',
  'client.measure.colScore': 'Score',
  'client.measure.colBand': 'How much it bothered you',
  'client.band.1': 'Hardly at all',
  'client.band.2': 'A little',
  'client.band.3': 'Quite a bit',
  'client.band.4': 'A lot',
  'client.band.5': 'Very much',
  'client.crisis.localEmergencyName': 'Your local emergency number',
  'client.crisis.localEmergencyInstructions':
    'If you are in immediate danger, call your local emergency number now.',
} as const;

/** A key of the client's plain words. */
export type ClientWordKey = keyof typeof CLIENT_WORDS_EN;

/** A catalogue of the client's plain words (English, or a translation with the same keys). */
export type ClientWords = Readonly<Record<ClientWordKey, string>>;

/** Fills a message's `{name}` arguments; an argument not given stays as written. */
export function formatClientWord(
  words: ClientWords,
  key: ClientWordKey,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return words[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}
