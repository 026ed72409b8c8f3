import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionMeasures } from '../../core/checklist';
import type { SessionContent } from '../../core/checklist';
import {
  caseness,
  GAD7,
  GAD7_CUTOFF_SOURCES,
  measureReadingNote,
  PHQ9,
  withMeasurePrefs,
} from '../../core/measures';

const content = (first: number, last: number) =>
  ({
    answers: {
      measures: {
        scores: [
          { id: 'a', measureId: 'gad-7', date: '2025-01-10', score: first },
          { id: 'b', measureId: 'gad-7', date: '2025-04-10', score: last },
        ],
      },
    },
    customMeasures: [],
  }) as unknown as SessionContent;

describe('GAD-7 cut-off chosen in Settings', () => {
  it('reads every GAD-7 score against the chosen cut-off, and says where it comes from', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 21 }),
        fc.integer({ min: 0, max: 21 }),
        fc.constantFrom(8 as const, 10 as const),
        (first, last, cutoff) => {
          const [m] = sessionMeasures(content(first, last), { gad7Cutoff: cutoff });
          expect(m!.definition.cutoff).toBe(cutoff);
          const start = m!.summary.metrics.find((r) => r.metric === 'caseness-start')!;
          expect(start.met).toBe(first >= cutoff);
          expect(start.source).toBe(GAD7_CUTOFF_SOURCES[cutoff]);
          expect(start.label).toContain(GAD7_CUTOFF_SOURCES[cutoff]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names the sources: 8 = NHS Talking Therapies caseness, 10 = the usual screening cut-off', () => {
    expect(caseness(withMeasurePrefs(GAD7, { gad7Cutoff: 8 }), 9, 'start')).toMatchObject({
      met: true,
      source: expect.stringMatching(/NHS Talking Therapies caseness/),
    });
    expect(caseness(withMeasurePrefs(GAD7, { gad7Cutoff: 10 }), 9, 'start')).toMatchObject({
      met: false,
      source: expect.stringMatching(/usual screening cut-off \(Spitzer et al\. 2006/),
    });
    expect(withMeasurePrefs(PHQ9, { gad7Cutoff: 8 })).toBe(PHQ9);
  });

  it('the note beside scores says "a screening questionnaire, not a diagnosis" and each cut-off with its source', () => {
    expect(measureReadingNote([PHQ9, withMeasurePrefs(GAD7, { gad7Cutoff: 10 })])).toBe(
      'PHQ-9 and GAD-7 are screening questionnaires, not a diagnosis. Cut-offs: PHQ-9 10, NHS Talking Therapies caseness and the usual screening cut-off (Kroenke et al. 2001: 10 or above); GAD-7 10, the usual screening cut-off (Spitzer et al. 2006: 10 or above).',
    );
    expect(measureReadingNote([GAD7])).toMatch(
      /^GAD-7 is a screening questionnaire, not a diagnosis\. Cut-offs: GAD-7 8, NHS Talking Therapies caseness/,
    );
  });
});
