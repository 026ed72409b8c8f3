/**
 * How far a session has got: which items are done, per-section progress for the runner's rail,
 * and what is still missing before it can be finalized.
 */
import type { MeasureScore } from '../measures/measure-score';
import type { Template, TemplateItem, TemplateSection } from '../template/template-schema';
import type { ItemAnswer } from './answer-schema';
import type { SessionContent } from './content-schema';
import { isReasonComplete } from './reason-for-ending';
import { riskProblem } from './risk-at-discharge';
import type { SafetyPlanStep, SafetyPlanTrigger } from './safety-plan';
import { isSafetyPlanComplete, missingSafetyPlanSteps, safetyPlanTriggers } from './safety-plan';

const filled = (text: string | undefined) => (text ?? '').trim().length > 0;

/**
 * True when an item counts as done: a talking point ticked; text written; a list, goal table,
 * measures or referral item with at least one non-empty row; referral and crisis-line items
 * also when ticked as discussed; a safety plan with every needed step; a chosen reason.
 */
export function isItemDone(
  item: TemplateItem,
  answer: ItemAnswer | undefined,
  content: SessionContent,
): boolean {
  switch (item.kind) {
    case 'talking-point':
      return answer?.covered === true;
    case 'short-text':
    case 'long-text':
      return filled(answer?.text);
    case 'list':
      return (answer?.entries ?? []).some((e) => Object.values(e.values).some(filled));
    case 'goal-table':
      return (answer?.goals ?? []).some((g) => filled(g.goal));
    case 'measures':
      return (answer?.scores ?? []).length > 0;
    case 'referral-picker':
      return answer?.covered === true || (answer?.referrals ?? []).length > 0;
    case 'crisis-lines':
      return answer?.covered === true || (answer?.crisisLines ?? []).length > 0;
    case 'safety-plan':
      return isSafetyPlanComplete(answer?.safetyPlan);
    case 'reason-for-ending':
      return isReasonComplete(content.reasonForEnding);
    case 'risk-at-discharge':
      return riskProblem(content.riskAtDischarge) === null;
  }
}

/** An item that still needs something, with a message saying what. */
export interface MissingItem {
  sectionId: string;
  itemId: string;
  label: string;
  message: string;
}

/** Progress of one section, for the runner's section rail. */
export interface SectionProgress {
  sectionId: string;
  title: string;
  private: boolean;
  /** Items done. */
  covered: number;
  total: number;
  missingRequired: MissingItem[];
  complete: boolean;
}

function requiredMessage(item: TemplateItem, content: SessionContent): string {
  if (item.kind === 'reason-for-ending') return 'Choose a reason for ending (and explain “Other”).';
  if (item.kind === 'risk-at-discharge')
    return riskProblem(content.riskAtDischarge) ?? `“${item.label}” is required.`;
  return `“${item.label}” is required.`;
}

/**
 * What one item still needs, or null: a safety plan required by the answers (risk marked or the
 * latest PHQ-9 item 9 above 0) names its missing steps; otherwise a required item not done.
 */
function itemMissing(
  section: TemplateSection,
  item: TemplateItem,
  content: SessionContent,
  triggers: SafetyPlanTrigger[],
): MissingItem | null {
  const at = { sectionId: section.id, itemId: item.id, label: item.label };
  if (item.kind === 'safety-plan' && triggers.length > 0) {
    const steps = missingSafetyPlanSteps(content.answers[item.id]?.safetyPlan);
    return steps.length === 0 ? null : { ...at, message: safetyPlanMessage(triggers, steps) };
  }
  return item.required && !isItemDone(item, content.answers[item.id], content)
    ? { ...at, message: requiredMessage(item, content) }
    : null;
}

function sectionMissing(
  section: TemplateSection,
  content: SessionContent,
  triggers: SafetyPlanTrigger[],
): MissingItem[] {
  return section.items.flatMap((item) => itemMissing(section, item, content, triggers) ?? []);
}

/** Covered/total and missing required items for every section, in template order. */
export function sectionProgress(template: Template, content: SessionContent): SectionProgress[] {
  const triggers = safetyPlanRequiredBecause(content);
  return template.sections.map((section) => {
    const covered = section.items.filter((item) =>
      isItemDone(item, content.answers[item.id], content),
    ).length;
    return {
      sectionId: section.id,
      title: section.title,
      private: section.private,
      covered,
      total: section.items.length,
      missingRequired: sectionMissing(section, content, triggers),
      complete: covered === section.items.length,
    };
  });
}

/** Every score recorded in the session, across all measures items. */
export function allScores(content: SessionContent): MeasureScore[] {
  return Object.values(content.answers).flatMap((a) => a.scores ?? []);
}

/** Why this session needs a safety plan before finalizing (empty when it does not). */
export function safetyPlanRequiredBecause(content: SessionContent): SafetyPlanTrigger[] {
  return safetyPlanTriggers(content.riskConcern, allScores(content), content.riskAtDischarge);
}

const TRIGGER_WORDS: Record<SafetyPlanTrigger, string> = {
  'risk-marked': 'you marked a risk concern',
  'risk-level': 'risk at discharge is moderate or high',
  'phq9-item9': 'the latest PHQ-9 item 9 is above 0',
};

function safetyPlanMessage(triggers: SafetyPlanTrigger[], steps: SafetyPlanStep[]): string {
  const because = triggers.map((t) => TRIGGER_WORDS[t]).join(' and ');
  return `A safety plan is needed because ${because}. Still to fill in: ${steps.map((s) => `“${s.label}”`).join('; ')}.`;
}

/**
 * Everything that must be done before the session can be finalized, in template order: required
 * items that are not done, and the safety plan's missing steps when risk is marked or the latest
 * PHQ-9 item 9 is above 0. The same list the rail shows per section (`missingRequired`). Empty
 * when the session is ready.
 */
export function missingForFinalize(template: Template, content: SessionContent): MissingItem[] {
  return sectionProgress(template, content).flatMap((s) => s.missingRequired);
}
