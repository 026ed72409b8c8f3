import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GAD7,
  ORS_PRESET,
  PHQ9,
  caseness,
  changeMetrics,
  defineCustomMeasure,
  pairedOutcome,
  reliableDeterioration,
  reliableImprovement,
  reliableRecovery,
  recovery,
  remission,
  response,
  severityBand,
  METRIC_KEYS,
} from '../../core/measures';

describe('reliable change boundaries', () => {
  it('PHQ-9: a drop of 5 is not reliable, 6 is', () => {
    expect(reliableImprovement(PHQ9, 15, 10).met).toBe(false);
    expect(reliableImprovement(PHQ9, 15, 9).met).toBe(true);
  });
  it('PHQ-9: a rise of 5 is not reliable deterioration, 6 is', () => {
    expect(reliableDeterioration(PHQ9, 4, 9).met).toBe(false);
    expect(reliableDeterioration(PHQ9, 4, 10).met).toBe(true);
  });
  it('GAD-7: a drop of 3 is not reliable, 4 is', () => {
    expect(reliableImprovement(GAD7, 12, 9).met).toBe(false);
    expect(reliableImprovement(GAD7, 12, 8).met).toBe(true);
    expect(reliableDeterioration(GAD7, 5, 8).met).toBe(false);
    expect(reliableDeterioration(GAD7, 5, 9).met).toBe(true);
  });
});

describe('caseness boundaries', () => {
  it('PHQ-9: 9 is not a case, 10 is', () => {
    expect(caseness(PHQ9, 9, 'start').met).toBe(false);
    expect(caseness(PHQ9, 10, 'start').met).toBe(true);
  });
  it('GAD-7: 7 is not a case, 8 is', () => {
    expect(caseness(GAD7, 7, 'end').met).toBe(false);
    expect(caseness(GAD7, 8, 'end').met).toBe(true);
  });
});

describe('remission boundaries', () => {
  it('PHQ-9: 4 is remission, 5 is not', () => {
    expect(remission(PHQ9, 4).met).toBe(true);
    expect(remission(PHQ9, 5).met).toBe(false);
  });
  it('GAD-7: 4 is remission, 5 is not (our judgement, labelled in the source)', () => {
    expect(remission(GAD7, 4).met).toBe(true);
    expect(remission(GAD7, 5).met).toBe(false);
    expect(remission(GAD7, 4).source).toMatch(/judgement/);
  });
});

describe('recovery and reliable recovery', () => {
  it('needs a case at the start', () => {
    expect(recovery(PHQ9, 9, 2).met).toBeNull();
    expect(reliableRecovery(PHQ9, 9, 2).met).toBeNull();
  });
  it('case to non-case with a drop of 6 is reliable recovery; a drop of 5 is recovery only', () => {
    expect(reliableRecovery(PHQ9, 14, 8).met).toBe(true);
    expect(recovery(PHQ9, 14, 9).met).toBe(true);
    expect(reliableRecovery(PHQ9, 14, 9).met).toBe(false);
    expect(reliableRecovery(PHQ9, 14, 9).label).toMatch(/smaller than the 6 points/);
  });
  it('still a case at the end is not recovery', () => {
    expect(recovery(GAD7, 15, 8).met).toBe(false);
    expect(recovery(GAD7, 15, 7).met).toBe(true);
  });
});

describe('response', () => {
  it('is met at exactly a 50% drop and not just below', () => {
    expect(response(PHQ9, 20, 10).met).toBe(true);
    expect(response(PHQ9, 20, 11).met).toBe(false);
    expect(response(PHQ9, 0, 0).met).toBeNull();
  });
  it('is not applicable for a higher-is-better measure', () => {
    expect(response(ORS_PRESET, 15, 35).met).toBeNull();
  });
});

describe('direction-reversed custom measure (ORS-like, higher is better)', () => {
  const ors = defineCustomMeasure({ ...ORS_PRESET, builtIn: true });
  it('is never stored as built-in', () => expect(ors.builtIn).toBe(false));
  it('reads a rise as improvement, at the reliable-change boundary', () => {
    expect(reliableImprovement(ors, 20, 24.9).met).toBe(false);
    expect(reliableImprovement(ors, 20, 25).met).toBe(true);
    expect(reliableDeterioration(ors, 30, 25.1).met).toBe(false);
    expect(reliableDeterioration(ors, 30, 25).met).toBe(true);
  });
  it('treats scores below the cutoff as the clinical range', () => {
    expect(caseness(ors, 24.9, 'start').met).toBe(true);
    expect(caseness(ors, 25, 'start').met).toBe(false);
    expect(reliableRecovery(ors, 19, 26).met).toBe(true);
    expect(reliableRecovery(ors, 22, 26).met).toBe(false);
  });
  it('has no remission threshold unless one is given', () => {
    expect(remission(ors, 35).met).toBeNull();
    const withRemission = defineCustomMeasure({ ...ORS_PRESET, remissionThreshold: 30 });
    expect(remission(withRemission, 30).met).toBe(true);
    expect(remission(withRemission, 29).met).toBe(false);
  });
  it('refuses definitions that make no sense', () => {
    expect(() => defineCustomMeasure({ ...ORS_PRESET, min: 40, max: 0 })).toThrow();
    expect(() => defineCustomMeasure({ ...ORS_PRESET, cutoff: 50 })).toThrow();
    expect(() => defineCustomMeasure({ ...ORS_PRESET, reliableChange: 0 })).toThrow();
    expect(() => defineCustomMeasure({ ...ORS_PRESET, name: '' })).toThrow();
  });
});

describe('severity bands', () => {
  it('follows the published PHQ-9 and GAD-7 cut points', () => {
    expect([4, 5, 9, 10, 14, 15, 19, 20, 27].map((s) => severityBand(PHQ9, s)?.label)).toEqual([
      'Minimal',
      'Mild',
      'Mild',
      'Moderate',
      'Moderate',
      'Moderately severe',
      'Moderately severe',
      'Severe',
      'Severe',
    ]);
    expect([0, 4, 5, 10, 15, 21].map((s) => severityBand(GAD7, s)?.label)).toEqual([
      'Minimal',
      'Minimal',
      'Mild',
      'Moderate',
      'Severe',
      'Severe',
    ]);
  });
});

describe('every result is labelled', () => {
  it('carries its metric key, a name and a plain sentence for any valid pair of scores', () => {
    fc.assert(
      fc.property(fc.constantFrom(PHQ9, GAD7), fc.nat(), fc.nat(), (def, a, b) => {
        const first = a % (def.max + 1);
        const last = b % (def.max + 1);
        const results = changeMetrics(def, first, last);
        expect(results.map((r) => r.metric)).toEqual(METRIC_KEYS);
        for (const r of results) {
          expect(r.name.length).toBeGreaterThan(0);
          expect(r.label).toMatch(/\.$/);
          expect(r.source.length).toBeGreaterThan(0);
        }
        // Improvement and deterioration can never both be met.
        expect(results[1]!.met && results[2]!.met).toBe(false);
      }),
    );
  });
});

describe('PHQ-9 and GAD-7 read together (NHS Talking Therapies)', () => {
  const get = (rs: ReturnType<typeof pairedOutcome>, key: string) =>
    rs.find((r) => r.metric === key)?.met;
  it('recovers only when both end below their cutoffs', () => {
    const rs = pairedOutcome({ first: 16, last: 6 }, { first: 12, last: 8 });
    expect(get(rs, 'recovery')).toBe(false);
    const rs2 = pairedOutcome({ first: 16, last: 6 }, { first: 12, last: 7 });
    expect(get(rs2, 'recovery')).toBe(true);
    expect(get(rs2, 'reliable-recovery')).toBe(true);
  });
  it('one measure improving while the other reliably worsens is not reliable improvement', () => {
    const rs = pairedOutcome({ first: 16, last: 6 }, { first: 3, last: 7 });
    expect(get(rs, 'reliable-improvement')).toBe(false);
    expect(get(rs, 'reliable-deterioration')).toBe(true);
  });
  it('recovery does not apply when neither started as a case', () => {
    const rs = pairedOutcome({ first: 9, last: 2 }, { first: 7, last: 1 });
    expect(get(rs, 'recovery')).toBeNull();
    expect(get(rs, 'caseness-start')).toBe(false);
  });
});
