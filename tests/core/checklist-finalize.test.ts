import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContentUpdateSchema,
  SAFETY_PLAN_STEPS,
  canonicalize,
  finalizeRecord,
  missingForFinalize,
  missingSafetyPlanSteps,
  safetyPlanRequiredBecause,
  sectionProgress,
  verifyRecord,
  type ChecklistRecord,
} from '../../core/checklist';
import { AppError } from '../../core/result';
import { builtIn } from './template-fixtures';
import {
  answer,
  draft,
  fullSafetyPlan,
  requiredChanges,
  sha256,
  stamp,
  update,
} from './checklist-fixtures';

const planned = builtIn('planned-ending');

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const ready = (): ChecklistRecord => update(draft(planned), requiredChanges());
const phq = (id: string, date: string, item9: number | null, score = 12) => ({
  id,
  measureId: 'phq-9',
  date,
  score,
  itemScores: [null, null, null, null, null, null, null, null, item9],
});

describe('section progress', () => {
  it('counts done items per section and lists missing required ones', () => {
    const empty = sectionProgress(planned, draft(planned).content);
    expect(empty.map((s) => s.total)).toEqual(planned.sections.map((s) => s.items.length));
    expect(empty.every((s) => s.covered === 0)).toBe(true);
    expect(
      empty.find((s) => s.sectionId === 'goodbye')?.missingRequired.map((m) => m.itemId),
    ).toEqual(['return-policy', 'reason-for-ending']);

    const r = update(ready(), [
      answer('opening-feelings', { covered: true }),
      answer('opening-notes', { text: '   ' }),
    ]);
    const p = sectionProgress(planned, r.content);
    expect(p.find((s) => s.sectionId === 'opening')).toMatchObject({
      covered: 1,
      total: 5,
      missingRequired: [],
      complete: false,
    });
    expect(p.flatMap((s) => s.missingRequired)).toEqual([]);
  });
  it('a section is complete when every item is done', () => {
    const items = planned.sections.find((s) => s.id === 'private-reflection')!.items;
    const changes = items.map((i) =>
      i.kind === 'talking-point'
        ? answer(i.id, { covered: true })
        : answer(i.id, { text: 'PRIVATE-REFLECTION-7731' }),
    );
    const p = sectionProgress(planned, update(draft(planned), changes).content);
    expect(p.at(-1)).toMatchObject({
      sectionId: 'private-reflection',
      private: true,
      complete: true,
    });
  });
});

describe('one list of what is required, for the rail and for finalize', () => {
  const STEP_KEYS = Object.keys(fullSafetyPlan) as (keyof typeof fullSafetyPlan)[];
  const templates = [planned, builtIn('brief-ending')];
  it('a risk flag or a positive PHQ-9 item 9 shows the safety plan as required in its section of the rail, as finalize lists it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        fc.subarray(STEP_KEYS),
        fc.boolean(),
        (template, risk, item9, filledSteps, requiredDone) => {
          const plan = Object.fromEntries(
            STEP_KEYS.map((k) => [k, filledSteps.includes(k) ? ['Something written'] : []]),
          );
          const changes: unknown[] = [
            ...(requiredDone && template === planned ? requiredChanges() : []),
            { op: 'risk', riskConcern: risk },
            answer('safety-plan', { safetyPlan: plan }),
            ...(item9 === null
              ? []
              : [answer('measures', { scores: [phq('p', '2025-01-01', item9)] })]),
          ];
          const content = update(draft(template), changes).content;
          const rail = sectionProgress(template, content);
          const missing = missingForFinalize(template, content);
          // One source: finalize lists exactly what the rail shows, section by section.
          expect(missing).toEqual(rail.flatMap((s) => s.missingRequired));
          const planSection = template.sections.find((s) =>
            s.items.some((i) => i.kind === 'safety-plan'),
          )!;
          const planMissing = rail
            .find((s) => s.sectionId === planSection.id)!
            .missingRequired.some((m) => m.itemId === 'safety-plan');
          const needed = risk || (item9 ?? 0) > 0;
          const complete = STEP_KEYS.filter((k) => k !== 'reasonsForLiving').every((k) =>
            filledSteps.includes(k),
          );
          expect(planMissing).toBe(needed && !complete);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('missing before finalize', () => {
  it('nothing is missing once the required items are done and there is no risk', () => {
    expect(missingForFinalize(planned, draft(planned).content).length).toBe(7);
    expect(missingForFinalize(planned, ready().content)).toEqual([]);
  });
  it('"other" needs an explanation', () => {
    const r = update(ready(), [{ op: 'reason', reason: { code: 'other' } }]);
    expect(missingForFinalize(planned, r.content).map((m) => m.itemId)).toEqual([
      'reason-for-ending',
    ]);
  });
  it('marking risk makes the safety plan required, step by step', () => {
    const r = update(ready(), [{ op: 'risk', riskConcern: true }]);
    const missing = missingForFinalize(planned, r.content);
    expect(missing.map((m) => m.itemId)).toEqual(['safety-plan']);
    expect(missing[0]?.message).toMatch(/you marked a risk concern/);
    const partial = update(r, [
      answer('safety-plan', { safetyPlan: { ...fullSafetyPlan, saferSurroundings: ['  '] } }),
    ]);
    // Step names are kept as written (issue 15 item 10: no "things i can do on my own").
    expect(missingForFinalize(planned, partial.content)[0]?.message).toMatch(
      /Still to fill in: “Making my surroundings safer”\.$/,
    );
    const full = update(r, [answer('safety-plan', { safetyPlan: fullSafetyPlan })]);
    expect(missingForFinalize(planned, full.content)).toEqual([]);
  });
  it('names every missing safety-plan step exactly as written, whichever steps are missing', () => {
    const keys = SAFETY_PLAN_STEPS.map((s) => s.key);
    fc.assert(
      fc.property(fc.subarray(keys), (emptyKeys) => {
        const plan = Object.fromEntries(
          keys.map((k) => [k, emptyKeys.includes(k) ? [] : ['Something written']]),
        );
        const r = update(ready(), [
          { op: 'risk', riskConcern: true },
          answer('safety-plan', { safetyPlan: plan }),
        ]);
        const message = missingForFinalize(planned, r.content)[0]?.message ?? '';
        for (const step of missingSafetyPlanSteps(plan as never))
          expect(message).toContain(`“${step.label}”`);
        expect(message).not.toMatch(/\bi can\b/);
      }),
      { numRuns: 40 },
    );
  });
  it('the latest PHQ-9 with item 9 recorded decides: above 0 requires the plan', () => {
    const at = (scores: unknown[]) => update(ready(), [answer('measures', { scores })]).content;
    expect(safetyPlanRequiredBecause(at([phq('a', '2025-01-01', 0)]))).toEqual([]);
    expect(safetyPlanRequiredBecause(at([phq('a', '2025-01-01', 1)]))).toEqual(['phq9-item9']);
    expect(
      safetyPlanRequiredBecause(at([phq('a', '2025-04-01', 0), phq('b', '2025-01-01', 2)])),
    ).toEqual([]);
    expect(
      safetyPlanRequiredBecause(at([phq('a', '2025-01-01', 0), phq('b', '2025-04-01', 1)])),
    ).toEqual(['phq9-item9']);
    // A later PHQ-9 without item 9 does not hide an earlier positive answer.
    const later = { id: 'c', measureId: 'phq-9', date: '2025-06-01', score: 3 };
    expect(safetyPlanRequiredBecause(at([phq('a', '2025-01-01', 1), later]))).toEqual([
      'phq9-item9',
    ]);
    expect(
      missingForFinalize(planned, at([phq('a', '2025-01-01', 3)])).map((m) => m.itemId),
    ).toEqual(['safety-plan']);
  });
});

describe('finalize', () => {
  it('refuses while something is missing, naming each item', () => {
    const e = caught(() =>
      finalizeRecord(update(draft(planned), [{ op: 'risk', riskConcern: true }]), stamp()),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/8 things are still needed/);
    expect(Object.keys(e.fields ?? {})).toContain('safety-plan');
  });
  it('locks with the timestamp and the SHA-256 of the canonical content', () => {
    const r = ready();
    const f = finalizeRecord(r, stamp('2025-05-01T12:00:00.000Z'));
    expect(f).toEqual({
      status: 'finalized',
      finalizedAt: '2025-05-01T12:00:00.000Z',
      finalizedHash: sha256(canonicalize(r.content)),
      contentHash: sha256(canonicalize(r.content)),
      amendments: [],
    });
    expect(f.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyRecord({ ...r, finalization: f }, sha256)).toBe('verified');
    expect(caught(() => finalizeRecord({ ...r, finalization: f }, stamp())).code).toBe('conflict');
  });
});

describe('amend', () => {
  const finalized = (): ChecklistRecord => {
    const r = ready();
    return { ...r, finalization: finalizeRecord(r, stamp()) };
  };
  it('a change without an amendment is a conflict; a draft cannot be amended', () => {
    expect(caught(() => update(finalized(), [answer('closing-note', { text: 'x' })])).code).toBe(
      'conflict',
    );
    expect(
      caught(() => update(ready(), [answer('closing-note', { text: 'x' })], { reason: 'Typo' }))
        .code,
    ).toBe('invalid-input');
  });
  it('records time, reason and what changed, and the new hash verifies', () => {
    const f = finalized();
    const a = update(
      f,
      [
        answer('return-policy', { text: 'Call or email the practice.' }),
        { op: 'risk', riskConcern: false },
      ],
      { reason: 'Clarified contact details' },
      '2025-06-02T09:30:00.000Z',
    );
    expect(a.finalization.status).toBe('finalized');
    expect(a.finalization.finalizedHash).toBe(f.finalization.finalizedHash);
    expect(a.finalization.amendments).toEqual([
      {
        at: '2025-06-02T09:30:00.000Z',
        reason: 'Clarified contact details',
        changes: ['Changed “How to come back” (Goodbye)'],
        contentHash: sha256(canonicalize(a.content)),
      },
    ]);
    expect(verifyRecord(a, sha256)).toBe('verified');
    const b = update(a, [answer('closing-note', { text: 'Wishing you well.' })], {
      reason: 'Added closing note',
    });
    expect(b.finalization.amendments).toHaveLength(2);
    expect(verifyRecord(b, sha256)).toBe('verified');
  });
  it('an amendment that changes nothing is refused', () => {
    const f = finalized();
    const same = f.content.answers['return-policy']!.text;
    expect(
      caught(() => update(f, [answer('return-policy', { text: same })], { reason: 'No-op' })).code,
    ).toBe('invalid-input');
    // A blank reason fails input parsing (dispatch answers invalid-input).
    expect(
      ContentUpdateSchema.safeParse({
        changes: [answer('closing-note', { text: 'x' })],
        amendment: { reason: '   ' },
      }).success,
    ).toBe(false);
  });
  it('a changed record no longer verifies', () => {
    const f = finalized();
    const tampered = { ...f, content: { ...f.content, riskConcern: true } };
    expect(verifyRecord(tampered, sha256)).toBe('mismatch');
    expect(verifyRecord(ready(), sha256)).toBe('draft');
  });
});
