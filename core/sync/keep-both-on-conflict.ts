/**
 * When an autosave meets a newer revision written on another computer, the waiting changes are
 * sent again on top of it. An answer both computers changed would then simply take this
 * computer's version; instead it keeps both (the same "both" the merge screen offers), so no
 * edit from either side is lost. Answers only one side changed are sent as they are.
 */
import type { ContentChange } from '../checklist/content-update';
import type { SessionContent } from '../checklist/content-schema';
import { bothAnswers, sameJson } from './merge-answers';

/** The waiting changes to send on top of `latest`, with answers changed on both sides kept whole from both. */
export function keepBothOnConflict(input: {
  /** The changes waiting to be saved here. */
  pending: readonly ContentChange[];
  /** The content this computer last stored or loaded (what its edits started from). */
  base: SessionContent;
  /** The newer content found in the vault (written on the other computer). */
  latest: SessionContent;
  /** The content on this computer's screen, with the waiting changes applied. */
  local: SessionContent;
}): ContentChange[] {
  const { pending, base, latest, local } = input;
  return pending.map((change) => {
    if (change.op !== 'answer') return change;
    const before = base.answers[change.itemId];
    const theirs = latest.answers[change.itemId];
    if (sameJson(before, theirs)) return change;
    const merged = bothAnswers(local.answers[change.itemId], theirs);
    return merged ? { op: 'answer', itemId: change.itemId, answer: merged } : change;
  });
}
