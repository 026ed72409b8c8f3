/**
 * The combined PHQ-9 + GAD-7 reading that NHS Talking Therapies reports (cited, not copied; see
 * the NHS Talking Therapies manual and NHS Digital's published outcome definitions):
 * - a case at the start when either measure is at or above its cutoff;
 * - recovery when it was a case at the start and both measures are below their cutoffs at the end;
 * - reliable improvement when at least one measure improves reliably and neither deteriorates
 *   reliably;
 * - reliable deterioration when either measure deteriorates reliably (our cautious reading);
 * - reliable recovery when recovery and reliable improvement both hold.
 */
import { GAD7, PHQ9 } from './built-in-measures';
import { improvement } from './change-metrics';
import type { MetricResult } from './metric-result';

/** A first and last score on one measure. */
export interface FirstLast {
  first: number;
  last: number;
}

const SOURCE = 'NHS Talking Therapies manual (PHQ-9 and GAD-7 read together)';

/** Reads PHQ-9 and GAD-7 together the way NHS Talking Therapies reports outcomes. */
export function pairedOutcome(phq: FirstLast, gad: FirstLast): MetricResult[] {
  const rc = (d: typeof PHQ9, s: FirstLast) => improvement(d, s.first, s.last);
  const phqGain = rc(PHQ9, phq);
  const gadGain = rc(GAD7, gad);
  const [phqRc, gadRc, phqCut, gadCut] = [
    PHQ9.reliableChange ?? 6,
    GAD7.reliableChange ?? 4,
    PHQ9.cutoff ?? 10,
    GAD7.cutoff ?? 8,
  ];
  const improved = [phqGain >= phqRc, gadGain >= gadRc];
  const worsened = [-phqGain >= phqRc, -gadGain >= gadRc];
  const caseStart = phq.first >= phqCut || gad.first >= gadCut;
  const caseEnd = phq.last >= phqCut || gad.last >= gadCut;
  const reliablyImproved = improved.some(Boolean) && !worsened.some(Boolean);
  const reliablyWorse = worsened.some(Boolean);
  const detail = { phqFirst: phq.first, phqLast: phq.last, gadFirst: gad.first, gadLast: gad.last };
  const recoveryMet = caseStart ? !caseEnd : null;
  const results: MetricResult[] = [
    {
      metric: 'caseness-start',
      name: 'Caseness at start (PHQ-9 or GAD-7)',
      met: caseStart,
      detail,
      source: SOURCE,
      label: caseStart
        ? 'At the start, depression or anxiety scores were in the clinical range.'
        : 'At the start, both scores were below the clinical range.',
    },
    {
      metric: 'reliable-improvement',
      name: 'Reliable improvement (PHQ-9 and GAD-7)',
      met: reliablyImproved,
      detail,
      source: SOURCE,
      label: reliablyImproved
        ? 'At least one score improved reliably and neither got reliably worse.'
        : 'Neither score shows a reliable improvement without the other getting worse.',
    },
    {
      metric: 'reliable-deterioration',
      name: 'Reliable deterioration (PHQ-9 or GAD-7)',
      met: reliablyWorse,
      detail,
      source: SOURCE,
      label: reliablyWorse
        ? 'At least one score got reliably worse.'
        : 'Neither score got reliably worse.',
    },
    {
      metric: 'recovery',
      name: 'Recovery (PHQ-9 and GAD-7)',
      met: recoveryMet,
      detail,
      source: SOURCE,
      label:
        recoveryMet === null
          ? 'Recovery does not apply: scores were not in the clinical range at the start.'
          : recoveryMet
            ? 'Both scores are now below the clinical range.'
            : 'At least one score is still in the clinical range.',
    },
    {
      metric: 'reliable-recovery',
      name: 'Reliable recovery (PHQ-9 and GAD-7)',
      met: recoveryMet === null ? null : recoveryMet && reliablyImproved,
      detail,
      source: SOURCE,
      label:
        recoveryMet === null
          ? 'Reliable recovery does not apply: scores were not in the clinical range at the start.'
          : recoveryMet && reliablyImproved
            ? 'Both scores left the clinical range with a reliable improvement.'
            : 'The conditions for reliable recovery are not all met yet.',
    },
  ];
  return results;
}
