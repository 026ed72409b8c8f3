import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clientFacingContent,
  SessionContentSchema,
  type SessionContent,
} from '../../core/checklist';
import { allItems } from '../../core/template';
import { builtIn } from './template-fixtures';
import { answer, draft, fullSafetyPlan, requiredChanges, update } from './checklist-fixtures';

const planned = builtIn('planned-ending');
const SECRET = 'PRIVATE-REFLECTION-7731';
const FEEDBACK = 'FEEDBACK-NOTE-4410';

function filled() {
  return update(draft(planned), [
    ...requiredChanges(),
    answer('reflection', { text: SECRET }),
    answer('reflection-learned', { covered: true, text: `${SECRET} learned` }),
    answer('feedback-notes', { text: FEEDBACK }),
    answer('celebrate-proud', { covered: true, text: 'Speaking up at work' }),
    answer('achievements', { entries: [{ id: 'a1', values: { text: 'Back at the choir' } }] }),
    answer('measures', {
      scores: [
        {
          id: 'p1',
          measureId: 'phq-9',
          date: '2025-01-05',
          score: 16,
          itemScores: [2, 2, 2, 2, 2, 2, 2, 1, 1],
        },
        { id: 'p2', measureId: 'phq-9', date: '2025-04-20', score: 4 },
      ],
    }),
    answer('safety-plan', { safetyPlan: fullSafetyPlan }),
    { op: 'risk', riskConcern: true },
    {
      op: 'outreach',
      outreach: [
        {
          id: 'o1',
          date: '2025-03-01',
          method: 'phone',
          outcome: 'left-message',
          note: 'OUTREACH-NOTE',
        },
      ],
    },
  ]);
}

describe('client-facing content', () => {
  it('shows handout items with content, and never private, feedback, risk, outreach or reason', () => {
    const view = clientFacingContent(planned, filled().content);
    const text = JSON.stringify(view);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(FEEDBACK);
    expect(text).not.toContain('OUTREACH-NOTE');
    expect(text).not.toContain('riskConcern');
    expect(text).not.toContain('goals-met');
    expect(view.sections.map((s) => s.id)).toEqual([
      'review-progress',
      'celebrate',
      'continued-growth',
      'referrals',
      'goodbye',
    ]);
    const ids = view.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toEqual([
      'goals',
      'measures',
      'achievements',
      'coping-toolkit',
      'warning-signs',
      'safety-plan',
      'crisis-lines',
      'return-policy',
    ]);
    expect(
      view.sections
        .find((s) => s.id === 'continued-growth')
        ?.items.find((i) => i.id === 'warning-signs')
        ?.columns?.map((c) => c.id),
    ).toEqual(['sign', 'action', 'contact']);
  });
  it('drops item-level measure answers and lists the measures it shows', () => {
    const view = clientFacingContent(planned, filled().content);
    const scores = view.sections.flatMap((s) => s.items).find((i) => i.id === 'measures')
      ?.answer.scores;
    expect(scores).toEqual([
      { id: 'p1', measureId: 'phq-9', date: '2025-01-05', score: 16 },
      { id: 'p2', measureId: 'phq-9', date: '2025-04-20', score: 4 },
    ]);
    expect(view.measures.map((m) => m.id)).toEqual(['phq-9']);
  });
  it('follows this session’s choices: a talking point with a note can be shared, a default item held back', () => {
    const r = update(filled(), [
      answer('celebrate-proud', { inHandout: true }),
      answer('achievements', { inHandout: false }),
      answer('feedback-notes', { inHandout: true }),
    ]);
    const view = clientFacingContent(planned, r.content);
    const celebrate = view.sections.find((s) => s.id === 'celebrate');
    expect(celebrate?.items.map((i) => i.id)).toEqual(['celebrate-proud']);
    expect(celebrate?.items[0]?.answer).toEqual({ text: 'Speaking up at work' });
    expect(JSON.stringify(view)).toContain(FEEDBACK);
  });
  it('never shows private items, even if stored content claims they are in the handout', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...allItems(planned).map(({ item }) => item.id)),
            fc.option(fc.boolean()),
          ),
          { maxLength: 40 },
        ),
        (choices) => {
          const base = filled().content;
          const answers: SessionContent['answers'] = { ...base.answers };
          for (const [id, choice] of choices)
            answers[id] = { ...answers[id], inHandout: choice, text: `${SECRET}:${id}` };
          // Bypass applyUpdate: a tampered or older file could carry anything the schema allows.
          const content = SessionContentSchema.parse({ ...base, answers });
          const text = JSON.stringify(clientFacingContent(planned, content));
          for (const { section, item } of allItems(planned)) {
            if (section.private || item.private) expect(text).not.toContain(`${SECRET}:${item.id}`);
          }
          expect(text).not.toContain(`"${SECRET}"`);
        },
      ),
      { numRuns: 100 },
    );
  });
});
