import { describe, expect, it } from 'vitest';
import { sessionMeasures, sessionPairedOutcome } from '../../core/checklist';
import { ORS_PRESET } from '../../core/measures';
import { builtIn } from './template-fixtures';
import { answer, draft, update } from './checklist-fixtures';

const planned = builtIn('planned-ending');
const sc = (id: string, measureId: string, date: string, score: number) => ({
  id,
  measureId,
  date,
  score,
});

describe('measures in a session', () => {
  it('summarises each measure used, including custom ones', () => {
    const r = update(draft(planned), [
      { op: 'custom-measures', measures: [ORS_PRESET] },
      answer('measures', {
        scores: [
          sc('a', 'gad-7', '2025-01-05', 13),
          sc('b', 'phq-9', '2025-01-05', 16),
          sc('c', 'ors', '2025-01-05', 19),
          sc('d', 'phq-9', '2025-04-20', 8),
          sc('e', 'gad-7', '2025-04-20', 6),
        ],
      }),
    ]);
    const ms = sessionMeasures(r.content);
    expect(ms.map((m) => m.definition.id)).toEqual(['gad-7', 'phq-9', 'ors']);
    expect(ms[1]?.summary.metrics.find((x) => x.metric === 'reliable-recovery')?.met).toBe(true);
    expect(ms[2]?.summary.metrics).toEqual([]);
    const paired = sessionPairedOutcome(r.content);
    expect(paired?.find((x) => x.metric === 'recovery')?.met).toBe(true);
  });
  it('has no paired reading without two scores on each measure', () => {
    const r = update(draft(planned), [
      answer('measures', {
        scores: [
          sc('a', 'phq-9', '2025-01-05', 16),
          sc('b', 'phq-9', '2025-02-05', 9),
          sc('c', 'gad-7', '2025-01-05', 9),
        ],
      }),
    ]);
    expect(sessionPairedOutcome(r.content)).toBeNull();
    expect(sessionMeasures(draft(planned).content)).toEqual([]);
  });
});
