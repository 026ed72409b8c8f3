import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureLineChart, type Scene } from '../../core/chart';
import {
  CLIENT_WORDS_EN,
  clientMeasureCaption,
  clientMeasureScene,
  plainBandName,
} from '../../core/client-words';
import {
  defineCustomMeasure,
  GAD7,
  ORS_PRESET,
  PHQ9,
  type MeasureDefinition,
  type MeasureScore,
} from '../../core/measures';

/** Clinical words a client never reads: jargon the clinical review found in the client view and handout. */
const JARGON =
  /remission|caseness|clinical|moderately severe|severe|minimal|moderate\b|reliabl|needed to be confident|cut-?off|non-clinical/i;

/** Every piece of text a scene carries, drawn or for assistive technology. */
function sceneText(scene: Scene): string {
  const parts = [
    scene.title,
    scene.description,
    scene.table.caption,
    ...scene.table.columns,
    ...scene.table.rows.flat(),
  ];
  for (const el of scene.elements) {
    if (el.type === 'label') parts.push(el.text);
    if ((el.type === 'point' || el.type === 'rect') && el.label) parts.push(el.label);
  }
  return parts.join(' | ');
}

const ORS = defineCustomMeasure(ORS_PRESET);
const isoDate = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const scoresOf = (def: MeasureDefinition) =>
  fc
    .array(fc.record({ date: isoDate, score: fc.integer({ min: def.min, max: def.max }) }), {
      maxLength: 6,
    })
    .map((list) =>
      list.map((s, i): MeasureScore => ({
        id: `s${i}`,
        measureId: def.id,
        date: s.date,
        score: s.score,
      })),
    );

describe('client chart words', () => {
  it('never carry clinical jargon, always say "a screening questionnaire, not a diagnosis", for any scores on PHQ-9, GAD-7 or a clinician measure', () => {
    for (const def of [PHQ9, GAD7, ORS]) {
      fc.assert(
        fc.property(scoresOf(def), fc.boolean(), (scores, bandNames) => {
          const scene = clientMeasureScene(def, scores, { width: 480, height: 170 }, { bandNames });
          const text = sceneText(scene);
          expect(text).not.toMatch(JARGON);
          expect(scene.description).toContain('A screening questionnaire, not a diagnosis.');
          expect(scene.elements.some((el) => el.type === 'line' && el.role === 'cutoff')).toBe(
            false,
          );
        }),
        { numRuns: 60 },
      );
    }
  });

  it("keep the clinician chart's line and points; band names are plain, or left out when Settings say so", () => {
    const scores: MeasureScore[] = [
      { id: 'a', measureId: 'phq-9', date: '2025-01-10', score: 18 },
      { id: 'b', measureId: 'phq-9', date: '2025-04-10', score: 6 },
    ];
    const clinical = measureLineChart(PHQ9, scores, { width: 620, height: 260 });
    const plain = clientMeasureScene(PHQ9, scores, { width: 620, height: 260 });
    expect(plain.elements.filter((e) => e.type === 'polyline')).toEqual(
      clinical.elements.filter((e) => e.type === 'polyline'),
    );
    expect(
      plain.elements
        .filter((e) => e.type === 'label' && e.role === 'band-label')
        .map((e) => e.type === 'label' && e.text),
    ).toEqual(['Hardly at all', 'A little', 'Quite a bit', 'A lot', 'Very much']);
    expect(plain.title).toBe('Your PHQ-9 scores over time');
    expect(plain.table.rows).toEqual([
      ['2025-01-10', '18', 'A lot'],
      ['2025-04-10', '6', 'A little'],
    ]);
    const none = clientMeasureScene(
      PHQ9,
      scores,
      { width: 620, height: 260 },
      { bandNames: false },
    );
    expect(none.elements.some((e) => e.type === 'label' && e.role === 'band-label')).toBe(false);
    expect(none.elements.filter((e) => e.type === 'rect' && e.role === 'band')).toHaveLength(5);
  });

  it('say a change beyond everyday ups and downs in plain words, not the reliable-change threshold', () => {
    const scores: MeasureScore[] = [
      { id: 'a', measureId: 'gad-7', date: '2025-01-10', score: 14 },
      { id: 'b', measureId: 'gad-7', date: '2025-04-10', score: 5 },
    ];
    const caption = clientMeasureCaption(GAD7, scores, (d) => d);
    expect(caption).toBe(
      'The GAD-7 is a short questionnaire about worry and anxiety. Lower scores mean it bothered you less. Your scores went from 14 on 2025-01-10 to 5 on 2025-04-10. That is a bigger change than the everyday ups and downs. A screening questionnaire, not a diagnosis.',
    );
  });

  it('have plain band names for the built-ins only, one per band', () => {
    expect(PHQ9.bands.map((_, i) => plainBandName(PHQ9, i))).toEqual([
      'Hardly at all',
      'A little',
      'Quite a bit',
      'A lot',
      'Very much',
    ]);
    expect(GAD7.bands.map((_, i) => plainBandName(GAD7, i))).toEqual([
      'Hardly at all',
      'A little',
      'Quite a bit',
      'Very much',
    ]);
    expect(plainBandName(ORS, 0)).toBeNull();
    for (const text of Object.values(CLIENT_WORDS_EN)) expect(text).not.toMatch(JARGON);
  });
});
