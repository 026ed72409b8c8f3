/**
 * What the client may see: the only projection the client view, the handout and the closure
 * letter are built from. It keeps items marked for the handout (this session's choice, else the
 * template default) that have something in them, and never anything private, the clinician's
 * feedback notes unless deliberately switched on, the risk flag, the outreach log, the reason
 * for ending, or PHQ-9/GAD-7 item-level answers (item 9 in particular stays in the record).
 */
import type { MeasureDefinition } from '../measures/measure-definition';
import { findMeasure } from '../measures/built-in-measures';
import type { MeasureScore } from '../measures/measure-score';
import { isInHandout } from '../template/privacy';
import type { ItemKind, ListColumn, Template, TemplateRef } from '../template/template-schema';
import type {
  CrisisLineSnapshot,
  GoalRow,
  ItemAnswer,
  ListEntry,
  ReferralSnapshot,
  SafetyPlan,
} from './answer-schema';
import type { SessionContent } from './content-schema';
import { isItemDone } from './progress';

/** An item's content as the client may see it. */
export interface ClientAnswer {
  text?: string;
  entries?: ListEntry[];
  goals?: GoalRow[];
  /** Totals only. */
  scores?: Omit<MeasureScore, 'itemScores' | 'notAsked'>[];
  referrals?: ReferralSnapshot[];
  crisisLines?: CrisisLineSnapshot[];
  safetyPlan?: SafetyPlan;
}

/** One client-facing item. */
export interface ClientFacingItem {
  id: string;
  kind: ItemKind;
  label: string;
  /** The list's columns, for list items. */
  columns?: ListColumn[];
  answer: ClientAnswer;
}

/** One client-facing section (only sections with something to show). */
export interface ClientFacingSection {
  id: string;
  title: string;
  items: ClientFacingItem[];
}

/** Everything the client may see from a session. */
export interface ClientFacingContent {
  template: TemplateRef;
  sections: ClientFacingSection[];
  /** Definitions of the measures whose scores are shown, for charts and tables. */
  measures: MeasureDefinition[];
}

function clientAnswer(kind: ItemKind, a: ItemAnswer): ClientAnswer {
  switch (kind) {
    case 'talking-point':
    case 'short-text':
    case 'long-text':
      return { text: a.text ?? '' };
    case 'list':
      return { entries: a.entries ?? [] };
    case 'goal-table':
      return { goals: a.goals ?? [] };
    case 'measures':
      return {
        scores: (a.scores ?? []).map(
          ({ itemScores: _hidden, notAsked: _notAsked, ...total }) => total,
        ),
      };
    case 'referral-picker':
      return { referrals: a.referrals ?? [] };
    case 'crisis-lines':
      return { crisisLines: a.crisisLines ?? [] };
    case 'safety-plan':
      return a.safetyPlan ? { safetyPlan: a.safetyPlan } : {};
    case 'reason-for-ending':
    case 'risk-at-discharge':
      return {};
  }
}

function hasSomething(kind: ItemKind, a: ItemAnswer): boolean {
  switch (kind) {
    case 'talking-point':
      return (a.text ?? '').trim().length > 0;
    case 'safety-plan':
      return Object.values(a.safetyPlan ?? {}).some((steps: string[]) =>
        steps.some((s) => s.trim().length > 0),
      );
    case 'reason-for-ending':
    case 'risk-at-discharge':
      return false;
    default:
      return true;
  }
}

/**
 * Builds the client-facing view of a session from its template snapshot and content. A talking
 * point appears only when marked for the handout and it has a note; other items when marked
 * and done (a safety plan as soon as any step has an entry).
 */
export function clientFacingContent(
  template: Template,
  content: SessionContent,
): ClientFacingContent {
  const sections: ClientFacingSection[] = [];
  const measureIds = new Set<string>();
  for (const section of template.sections) {
    const items: ClientFacingItem[] = [];
    for (const item of section.items) {
      const answer = content.answers[item.id];
      if (!answer || !isInHandout(section, item, answer.inHandout)) continue;
      const done =
        item.kind === 'talking-point' ||
        item.kind === 'safety-plan' ||
        isItemDone(item, answer, content);
      if (!done || !hasSomething(item.kind, answer)) continue;
      const shown = clientAnswer(item.kind, answer);
      shown.scores?.forEach((s) => measureIds.add(s.measureId));
      items.push({
        id: item.id,
        kind: item.kind,
        label: item.label,
        ...(item.kind === 'list' ? { columns: item.columns } : {}),
        answer: shown,
      });
    }
    if (items.length > 0) sections.push({ id: section.id, title: section.title, items });
  }
  const measures = [...measureIds]
    .map((id) => findMeasure(id, content.customMeasures))
    .filter((m): m is MeasureDefinition => m !== undefined);
  return { template: { ...content.template }, sections, measures };
}
