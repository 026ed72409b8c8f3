/**
 * Safety plan steps and when a plan is required. Steps follow the structure of the Stanley &
 * Brown (2012) Safety Planning Intervention (Cogn Behav Pract 19(2):256-264), named in our own
 * words. The plan becomes required before finalizing when the clinician marks a risk concern,
 * or when the latest PHQ-9 with item 9 recorded has item 9 above 0 (Kroenke et al. 2001: item 9
 * asks about thoughts of death or self-harm; any positive answer warrants follow-up).
 */
import type { MeasureScore } from '../measures/measure-score';
import { itemScore, sortByDate } from '../measures/measure-score';
import { PHQ9, PHQ9_RISK_ITEM_NUMBER } from '../measures/built-in-measures';
import type { SafetyPlan } from './answer-schema';
import type { RiskAtDischarge } from './risk-at-discharge';
import { riskNeedsSafetyPlan } from './risk-at-discharge';

/** A step of the safety plan, its wording for clinician and client, and whether finalizing needs it. */
export interface SafetyPlanStep {
  key: keyof SafetyPlan;
  label: string;
  /** The six steps of the model are needed; reasons for living is encouraged but optional. */
  neededForFinalize: boolean;
}

/** The steps in the order they are filled in. */
export const SAFETY_PLAN_STEPS: readonly SafetyPlanStep[] = [
  {
    key: 'warningSigns',
    label: 'Warning signs that a crisis may be building',
    neededForFinalize: true,
  },
  { key: 'copingAlone', label: 'Things I can do on my own to cope', neededForFinalize: true },
  {
    key: 'distractions',
    label: 'People and places that help take my mind off things',
    neededForFinalize: true,
  },
  { key: 'askForHelp', label: 'People I can ask for help', neededForFinalize: true },
  {
    key: 'professionals',
    label: 'Professionals and crisis lines I can contact',
    neededForFinalize: true,
  },
  { key: 'saferSurroundings', label: 'Making my surroundings safer', neededForFinalize: true },
  {
    key: 'reasonsForLiving',
    label: 'What makes life worth living for me',
    neededForFinalize: false,
  },
];

/** The steps that still have nothing written in them and are needed for finalizing. */
export function missingSafetyPlanSteps(plan: SafetyPlan | undefined): SafetyPlanStep[] {
  return SAFETY_PLAN_STEPS.filter(
    (step) =>
      step.neededForFinalize && !(plan?.[step.key] ?? []).some((entry) => entry.trim().length > 0),
  );
}

/** True when every needed step has at least one entry. */
export function isSafetyPlanComplete(plan: SafetyPlan | undefined): boolean {
  return missingSafetyPlanSteps(plan).length === 0;
}

/** Why a safety plan is required (empty when it is not). */
export type SafetyPlanTrigger = 'risk-marked' | 'risk-level' | 'phq9-item9';

/**
 * Says why a safety plan is required: a marked risk concern, moderate or high risk at discharge,
 * and/or a positive item 9 on the latest PHQ-9 that has item 9 recorded. Empty when none applies.
 */
export function safetyPlanTriggers(
  riskConcern: boolean,
  scores: readonly MeasureScore[],
  risk?: RiskAtDischarge,
): SafetyPlanTrigger[] {
  const triggers: SafetyPlanTrigger[] = [];
  if (riskConcern) triggers.push('risk-marked');
  if (riskNeedsSafetyPlan(risk)) triggers.push('risk-level');
  const withItem9 = sortByDate(
    scores.filter((s) => s.measureId === PHQ9.id && itemScore(s, PHQ9_RISK_ITEM_NUMBER) !== null),
  );
  const latest = withItem9[withItem9.length - 1];
  if (latest && (itemScore(latest, PHQ9_RISK_ITEM_NUMBER) ?? 0) > 0) triggers.push('phq9-item9');
  return triggers;
}
