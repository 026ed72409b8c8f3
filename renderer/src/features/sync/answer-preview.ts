import type { ItemAnswer } from '../../../../core/checklist/answer-schema';

/** How much of one version's text the merge screen shows before cutting it. */
const PREVIEW_CHARS = 400;

function cut(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/**
 * One answer as plain lines for the merge screen: its text, list rows, goals, scores, referrals,
 * crisis lines and safety-plan steps, each on its own line. Empty when nothing was recorded.
 */
export function answerPreview(answer: ItemAnswer | undefined): string[] {
  if (!answer) return [];
  const lines: string[] = [];
  if (answer.text?.trim()) lines.push(cut(answer.text));
  for (const row of answer.entries ?? []) {
    const values = Object.values(row.values).filter((v) => v.trim() !== '');
    if (values.length > 0) lines.push(cut(values.join(' · ')));
  }
  for (const goal of answer.goals ?? []) {
    lines.push(cut([goal.goal, goal.start ?? '–', '→', goal.now ?? '–'].join(' ')));
  }
  for (const score of answer.scores ?? [])
    lines.push(`${score.measureId} ${score.score} · ${score.date}`);
  for (const referral of answer.referrals ?? []) lines.push(cut(referral.name));
  for (const line of answer.crisisLines ?? []) lines.push(cut(line.name));
  for (const steps of Object.values(answer.safetyPlan ?? {})) {
    for (const step of steps) lines.push(cut(step));
  }
  return lines;
}
