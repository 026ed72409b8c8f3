import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyContentChanges,
  newSessionContent,
  type ContentChange,
} from '../../../core/checklist';
import { keepBothOnConflict } from '../../../core/sync/keep-both-on-conflict';
import { builtIn } from '../template-fixtures';

const planned = builtIn('planned-ending');
const ITEMS = ['opening-notes', 'what-helped', 'closing-note'] as const;
const text = (itemId: string, value: string): ContentChange =>
  ({ op: 'answer', itemId, answer: { text: value } }) as ContentChange;
/** Texts in several scripts, never blank. */
const words = fc
  .array(
    fc.constantFrom('Zoë', 'Ørsted', 'محمد', 'דנה', '王小明', 'walks', 'choir', 'sleep', 'sad'),
    { minLength: 1, maxLength: 6 },
  )
  .map((w) => w.join(' '));

describe('keepBothOnConflict', () => {
  it('an answer changed on both computers keeps both texts; one changed only here goes as it is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ITEMS),
        fc.constantFrom(...ITEMS),
        words,
        words,
        words,
        (mineItem, theirItem, start, mine, theirs) => {
          const base = applyContentChanges(planned, newSessionContent(planned), [
            text(mineItem, start),
          ]);
          const latest = applyContentChanges(planned, base, [text(theirItem, theirs)]);
          const pending = [text(mineItem, mine)];
          const local = applyContentChanges(planned, base, pending);
          const [sent] = keepBothOnConflict({ pending, base, latest, local });
          const stored = applyContentChanges(planned, latest, [sent!]);
          const result = stored.answers[mineItem]?.text ?? '';
          expect(result).toContain(mine);
          if (theirItem === mineItem && theirs !== start) expect(result).toContain(theirs);
          if (theirItem !== mineItem || theirs === start) expect(sent).toBe(pending[0]);
          if (theirItem !== mineItem) expect(stored.answers[theirItem]?.text).toBe(theirs);
        },
      ),
    );
  });

  it('leaves every other kind of change as it is', () => {
    const base = newSessionContent(planned);
    const latest = applyContentChanges(planned, base, [{ op: 'risk', riskConcern: true }]);
    const pending: ContentChange[] = [{ op: 'risk', riskConcern: false }];
    expect(keepBothOnConflict({ pending, base, latest, local: base })[0]).toBe(pending[0]);
  });
});
