import { describe, expect, it } from 'vitest';
import {
  MeasureScoreSchema,
  ORS_PRESET,
  PHQ9,
  isIsoDate,
  scoreProblem,
  sortByDate,
  summarizeSeries,
  itemScore,
} from '../../core/measures';

const score = (over: Record<string, unknown>) => ({
  id: 's1',
  measureId: 'phq-9',
  date: '2025-03-01',
  score: 10,
  ...over,
});

describe('score schema', () => {
  it('refuses out-of-range built-in scores', () => {
    expect(MeasureScoreSchema.safeParse(score({ score: 27 })).success).toBe(true);
    expect(MeasureScoreSchema.safeParse(score({ score: 28 })).success).toBe(false);
    expect(MeasureScoreSchema.safeParse(score({ score: -1 })).success).toBe(false);
    expect(MeasureScoreSchema.safeParse(score({ measureId: 'gad-7', score: 21 })).success).toBe(
      true,
    );
    expect(MeasureScoreSchema.safeParse(score({ measureId: 'gad-7', score: 22 })).success).toBe(
      false,
    );
    expect(MeasureScoreSchema.safeParse(score({ score: 9.5 })).success).toBe(false);
    expect(MeasureScoreSchema.safeParse(score({ score: Number.NaN })).success).toBe(false);
  });
  it('refuses impossible dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(MeasureScoreSchema.safeParse(score({ date: '1 March 2025' })).success).toBe(false);
  });
  it('checks item-level answers against the total', () => {
    const items = [1, 1, 1, 1, 1, 1, 1, 1, 2];
    expect(MeasureScoreSchema.safeParse(score({ itemScores: items })).success).toBe(true);
    expect(MeasureScoreSchema.safeParse(score({ itemScores: items, score: 11 })).success).toBe(
      false,
    );
    expect(MeasureScoreSchema.safeParse(score({ itemScores: [1, 1, 1] })).success).toBe(false);
    expect(
      MeasureScoreSchema.safeParse(score({ itemScores: [0, 0, 0, 0, 0, 0, 0, 0, 4], score: 4 }))
        .success,
    ).toBe(false);
    // Only item 9 recorded: allowed when it does not exceed the total.
    const only9 = [null, null, null, null, null, null, null, null, 1];
    expect(MeasureScoreSchema.safeParse(score({ itemScores: only9, score: 1 })).success).toBe(true);
    expect(MeasureScoreSchema.safeParse(score({ itemScores: only9, score: 0 })).success).toBe(
      false,
    );
    expect(itemScore(score({ itemScores: only9 }) as never, 9)).toBe(1);
  });
  it('leaves custom measures to scoreProblem, which knows their range', () => {
    expect(MeasureScoreSchema.safeParse(score({ measureId: 'ors', score: 33.4 })).success).toBe(
      true,
    );
    expect(scoreProblem(ORS_PRESET, { score: 33.4 })).toBeNull();
    expect(scoreProblem(ORS_PRESET, { score: 40.1 })).toMatch(/0 to 40/);
    expect(scoreProblem(ORS_PRESET, { score: 20, itemScores: [5] })).toMatch(/total only/);
    expect(scoreProblem(PHQ9, { score: 3 })).toBeNull();
  });
});

describe('series summary', () => {
  it('orders by date, keeps same-day entry order, and reads first to last', () => {
    const scores = [
      score({ id: 'c', date: '2025-04-01', score: 6 }),
      score({ id: 'a', date: '2025-01-10', score: 18 }),
      score({ id: 'g', measureId: 'gad-7', date: '2025-01-10', score: 12 }),
      score({ id: 'b', date: '2025-04-01', score: 5 }),
    ] as never[];
    expect(sortByDate(scores).map((s: { id: string }) => s.id)).toEqual(['a', 'g', 'c', 'b']);
    const sum = summarizeSeries(PHQ9, scores)!;
    expect(sum.scores.map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(sum.first.score).toBe(18);
    expect(sum.last.score).toBe(5);
    expect(sum.firstBand?.label).toBe('Moderately severe');
    expect(sum.metrics.find((m) => m.metric === 'reliable-recovery')?.met).toBe(true);
    expect(sum.metrics.find((m) => m.metric === 'remission')?.met).toBe(false);
  });
  it('has no change metrics for a single score and is null for none', () => {
    expect(summarizeSeries(PHQ9, [score({})] as never[])?.metrics).toEqual([]);
    expect(summarizeSeries(PHQ9, [])).toBeNull();
  });
});
