/** Version `n` of a crash-test session: larger than a page, and checkable. */
const FIELDS = [
  'opening-notes',
  'what-helped',
  'feedback-notes',
  'repair-notes',
  'return-policy',
  'closing-note',
];

/** The answers version `n` holds (Planned ending item ids). */
export function versionAnswers(n: number): Record<string, { text?: string; covered?: boolean }> {
  const line = `version ${n} `.repeat(80);
  const answers: Record<string, { text?: string; covered?: boolean }> = {};
  FIELDS.forEach((id, i) => (answers[id] = { text: `${i}:${line}` }));
  answers['opening-feelings'] = { covered: n % 2 === 0 };
  return answers;
}

/** The autosave changes that turn any earlier version into version `n`. */
export function versionChanges(
  n: number,
): { op: 'answer'; itemId: string; answer: { text?: string; covered?: boolean } }[] {
  return Object.entries(versionAnswers(n)).map(([itemId, answer]) => ({
    op: 'answer',
    itemId,
    answer,
  }));
}
