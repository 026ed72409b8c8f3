// Risk in the documents: the discharge summary's dated risk entry, item 9 as recorded and a safety
// plan called "given to the client" only when the handout has it; the handout's safety-plan page
// with the emergency number, the chosen crisis lines under the professionals step and the attribution.
import { describe, expect, it } from 'vitest';
import { buildDischargeSummary, buildHandout } from '../../../core/handout-model';
import { safetyPlanPage } from '../../../core/handout-model/safety-plan-page';
import { sampleSource } from '../handout-model/source-fixture';
import { sampleCrisisLines } from '../handout-model/sample-session';
import { textOf } from '../handout-model/text-of';

const plan = {
  warningSigns: ['Not sleeping'],
  copingAlone: [],
  distractions: [],
  askForHelp: [],
  professionals: ['My doctor'],
  saferSurroundings: [],
  reasonsForLiving: [],
};

describe('discharge summary: status and risk', () => {
  it('prints the dated level and its note, never a silent "No"', () => {
    const text = textOf(
      buildDischargeSummary(
        sampleSource({}, [
          {
            op: 'risk-at-discharge',
            risk: {
              date: '2025-03-14',
              level: 'low',
              note: 'Passive thoughts in January, none since.',
            },
          },
        ]),
      ),
    );
    expect(text).toContain('Risk at discharge\nLow — assessed 14 March 2025');
    expect(text).toContain('Passive thoughts in January, none since.');
    expect(text).not.toContain('Risk concern marked\nNo');
  });

  it('shows item 9 as answered, as not asked, or as not recorded', () => {
    const phq = (extra: object) => [
      {
        op: 'answer',
        itemId: 'measures',
        answer: {
          scores: [{ id: 'p9', measureId: 'phq-9', date: '2025-03-10', score: 6, ...extra }],
        },
      },
    ];
    expect(
      textOf(
        buildDischargeSummary(sampleSource({}, phq({ itemScores: [...Array(8).fill(null), 0] }))),
      ),
    ).toContain('PHQ-9 item 9 (latest)\n0 on 10 March 2025');
    expect(textOf(buildDischargeSummary(sampleSource({}, phq({ notAsked: [9] }))))).toContain(
      'PHQ-9 item 9 (latest)\nNot asked (PHQ-9 of 10 March 2025)',
    );
    expect(textOf(buildDischargeSummary(sampleSource({}, phq({}))))).toContain(
      'PHQ-9 item 9 (latest)\nNot recorded (PHQ-9 of 10 March 2025)',
    );
  });

  it('calls the safety plan "given to the client" only when the handout has it', () => {
    expect(textOf(buildDischargeSummary(sampleSource()))).toContain(
      'Safety plan\nIn place (given to the client in the handout)',
    );
    const kept = textOf(
      buildDischargeSummary(
        sampleSource({}, [{ op: 'answer', itemId: 'safety-plan', answer: { inHandout: false } }]),
      ),
    );
    expect(kept).toContain('Safety plan\nIn place (kept in the record, not in the handout)');
  });
});

describe('handout: the safety-plan page', () => {
  it('has the emergency number beside the plan, the chosen lines under professionals, and the attribution', () => {
    const text = textOf(buildHandout(sampleSource()));
    expect(text).toContain('If you are in immediate danger, call 999 now.');
    expect(text).toContain('Safety Planning Intervention (Stanley & Brown, 2012)');
    const page = safetyPlanPage(plan, sampleCrisisLines(), sampleCrisisLines());
    const steps = textOf({ title: '', blocks: page } as never);
    expect(steps).toMatch(
      /Professionals and crisis lines I can contact\nMy doctor\nSamaritans — Call: 116 123[^\n]*\nShout — Text: 85258/,
    );
    expect(steps).not.toMatch(/Professionals[^]*Emergency services/);
  });

  it('does not repeat a line the client already wrote, says "your local emergency number" without one, and is empty without a plan', () => {
    const written = textOf({
      title: '',
      blocks: safetyPlanPage(
        { ...plan, professionals: ['Samaritans 116 123'] },
        sampleCrisisLines(),
        [],
      ),
    } as never);
    expect(written.match(/Samaritans/g)).toHaveLength(1);
    expect(written).toContain(
      'If you are in immediate danger, call your local emergency number now.',
    );
    expect(safetyPlanPage(undefined, sampleCrisisLines(), sampleCrisisLines())).toEqual([]);
    expect(
      safetyPlanPage(
        { ...plan, warningSigns: [' '], professionals: [] },
        sampleCrisisLines(),
        sampleCrisisLines(),
      ),
    ).toEqual([]);
  });
});
