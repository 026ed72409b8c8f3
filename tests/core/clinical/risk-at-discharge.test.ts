// Risk at discharge (a required, dated entry), PHQ-9 item 9 recorded apart from "not asked",
// and records finalized before these existed still verifying as they did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSessionContent,
  canonicalize,
  finalizeRecord,
  missingForFinalize,
  safetyPlanRequiredBecause,
  verifyRecord,
  type SessionContent,
} from '../../../core/checklist';
import { itemRecord, PHQ9, scoreProblem } from '../../../core/measures';
import { BUILT_IN_TEMPLATE_IDS } from '../../../core/template';
import { builtIn } from '../template-fixtures';
import { draft, requiredChanges, sha256, stamp, update } from '../checklist-fixtures';

const risk = (level: string, note = '') => ({
  op: 'risk-at-discharge',
  risk: { date: '2025-05-01', level, note },
});
const withoutRisk = () =>
  requiredChanges().filter((c) => (c as { op: string }).op !== 'risk-at-discharge');

describe('risk at discharge', () => {
  it('is required in every built-in template: nothing recorded is not "no risk"', () => {
    for (const id of BUILT_IN_TEMPLATE_IDS) {
      const t = builtIn(id);
      const missing = missingForFinalize(t, draft(t).content).find(
        (m) => m.itemId === 'risk-at-discharge',
      );
      expect(missing?.message, id).toBe(
        'Record the date you assessed risk and the level you found.',
      );
    }
  });

  it('any level above none needs a note saying what it rests on', () => {
    const t = builtIn('planned-ending');
    const low = update(draft(t), [...withoutRisk(), risk('low')]).content;
    expect(missingForFinalize(t, low).map((m) => m.message)).toEqual([
      'Add a note: what this level rests on and what was done about it.',
    ]);
    expect(
      missingForFinalize(
        t,
        update(draft(t), [
          ...withoutRisk(),
          risk('low', 'Passive thoughts in March, none since; partner aware.'),
        ]).content,
      ),
    ).toEqual([]);
    expect(
      missingForFinalize(t, update(draft(t), [...withoutRisk(), risk('none')]).content),
    ).toEqual([]);
  });

  it('moderate or high risk makes the safety plan required; none or low does not', () => {
    fc.assert(
      fc.property(fc.constantFrom('none', 'low', 'moderate', 'high'), (level) => {
        const content = update(draft(builtIn('brief-ending')), [
          risk(level, 'Assessed in session.'),
        ]).content;
        const needs = safetyPlanRequiredBecause(content).includes('risk-level');
        expect(needs).toBe(level === 'moderate' || level === 'high');
      }),
    );
  });

  it('a null change clears the entry, and an invalid level or date is refused', () => {
    const t = builtIn('planned-ending');
    const set = update(draft(t), [risk('high', 'x')]);
    expect(set.changes).toEqual(['Changed risk at discharge']);
    const cleared = update(set, [{ op: 'risk-at-discharge', risk: null }]);
    expect('riskAtDischarge' in cleared.content).toBe(false);
    expect(() => update(draft(t), [risk('severe')])).toThrow();
    expect(() =>
      update(draft(t), [{ op: 'risk-at-discharge', risk: { date: '2025-02-30', level: 'low' } }]),
    ).toThrow();
  });
});

describe('PHQ-9 item 9', () => {
  const base = { id: 's1', measureId: PHQ9.id, date: '2025-04-01', score: 6 };
  it('0 is an answer, "not asked" is recorded apart, and nothing recorded stays null', () => {
    expect(itemRecord({ ...base, itemScores: [...Array(8).fill(null), 0] }, 9)).toBe(0);
    expect(itemRecord({ ...base, notAsked: [9] }, 9)).toBe('not-asked');
    expect(itemRecord(base, 9)).toBeNull();
  });
  it('an item cannot be both answered and not asked, nor an item the measure does not have', () => {
    expect(
      scoreProblem(PHQ9, { score: 6, itemScores: [...Array(8).fill(null), 1], notAsked: [9] }),
    ).toMatch(/both answered and not asked/);
    expect(scoreProblem(PHQ9, { score: 6, notAsked: [10] })).toMatch(/no item 10/);
    expect(scoreProblem(PHQ9, { score: 6, notAsked: [9] })).toBeNull();
  });
  it('"not asked" never triggers the safety plan; 1 or more on the latest PHQ-9 does', () => {
    const t = builtIn('planned-ending');
    const scores = (item9: number | 'not-asked') => [
      {
        op: 'answer',
        itemId: 'measures',
        answer: {
          scores: [
            item9 === 'not-asked'
              ? { ...base, notAsked: [9] }
              : { ...base, itemScores: [...Array(8).fill(null), item9] },
          ],
        },
      },
    ];
    expect(safetyPlanRequiredBecause(update(draft(t), scores('not-asked')).content)).toEqual([]);
    expect(safetyPlanRequiredBecause(update(draft(t), scores(0)).content)).toEqual([]);
    expect(safetyPlanRequiredBecause(update(draft(t), scores(2)).content)).toEqual(['phq9-item9']);
  });
});

describe('records finalized before risk at discharge and "not asked" existed', () => {
  it('verify exactly as before, whatever they hold', () => {
    const names = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明', 'Ольга Петровна'];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.boolean(),
        fc.integer({ min: 0, max: 27 }),
        (name, riskConcern, score) => {
          // The stored shape of a record written before this change: no riskAtDischarge, no notAsked.
          const stored = {
            template: { id: 'brief-ending', version: 1 },
            answers: {
              'closing-note': { text: `Goodbye, ${name}.` },
              measures: { scores: [{ id: 'p1', measureId: 'phq-9', date: '2024-10-01', score }] },
            },
            reasonForEnding: { code: 'goals-met', otherText: '' },
            riskConcern,
            outreach: [],
            customMeasures: [],
          };
          const hash = sha256(canonicalize(stored as SessionContent));
          const loaded = checkSessionContent(JSON.parse(JSON.stringify(stored)));
          const finalization = {
            status: 'finalized' as const,
            finalizedAt: '2025-01-01T00:00:00.000Z',
            finalizedHash: hash,
            contentHash: hash,
            amendments: [],
          };
          expect(verifyRecord({ content: loaded, finalization }, sha256)).toBe('verified');
          expect(canonicalize(loaded)).toBe(canonicalize(stored as SessionContent));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('a record finalized now verifies after a reload too', () => {
    const t = builtIn('planned-ending');
    const filled = update(draft(t), requiredChanges());
    const finalization = finalizeRecord(filled, stamp());
    const reloaded = checkSessionContent(JSON.parse(JSON.stringify(filled.content)));
    expect(verifyRecord({ content: reloaded, finalization }, sha256)).toBe('verified');
  });
});
