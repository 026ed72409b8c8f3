/**
 * The one-page handout's choices: what it includes by default, what is never left out, in which
 * order parts give way when the picked parts do not fit one page, and what the clinician is told.
 */
import { clientFacingContent } from '../checklist/client-facing';
import { SAFETY_PLAN_STEPS } from '../checklist/safety-plan';
import { WELL_KNOWN_ITEM_IDS as ID } from '../template/built-in-templates';
import { HANDOUT_SECTIONS, ONE_PAGE_DEFAULT, type HandoutSection } from './choices';
import type { DocumentSource } from './source';

/** Parts a one-page handout never leaves out to make room (the crisis lines are always included). */
export const ONE_PAGE_KEPT: readonly HandoutSection[] = ['crisis-lines', 'safety-plan'];

/** The order in which picked parts give way when they do not fit one page: first to go first. */
export const ONE_PAGE_GIVE_WAY: readonly HandoutSection[] = [
  'more',
  'what-changed',
  'came-for',
  'goodbye',
  'achievements',
  'referrals',
  'plan',
  'come-back',
];

/** How the one-page handout fits its page: the answer shown before export and used by it. */
export interface OnePageFit {
  /** The parts asked for (the crisis lines always among them), in handout order. */
  sections: HandoutSection[];
  /** Pages of the handout as it will be made: 1 unless even the parts that are never left out need more. */
  pages: number;
  /** Everything asked for is on the one page. */
  fits: boolean;
  /** Type and spacing were made smaller (never under the size floor) to fit. */
  tightened: boolean;
  /** Body type size in points. */
  bodySize: number;
  /** Titles of the charts left out to make room for words (a chart gives way before any words do). */
  chartsLeftOut: string[];
  /** Picked parts that do not fit and are left out. */
  partsLeftOut: HandoutSection[];
}

/** Whether the session has a safety plan the client sees (any step filled in and marked for the handout). */
export function hasSafetyPlan(source: Pick<DocumentSource, 'template' | 'content'>): boolean {
  const view = clientFacingContent(source.template, source.content);
  const item = view.sections.flatMap((s) => s.items).find((i) => i.id === ID.safetyPlan);
  const plan = item?.answer.safetyPlan;
  return (
    !!plan &&
    SAFETY_PLAN_STEPS.some((step) => (plan[step.key] ?? []).some((entry) => entry.trim() !== ''))
  );
}

/** The parts a one-page handout includes unless the clinician picks others: an existing safety plan is kept, and the crisis lines always are. */
export function onePageDefaults(
  source: Pick<DocumentSource, 'template' | 'content'>,
): HandoutSection[] {
  const wanted = new Set<HandoutSection>([
    ...ONE_PAGE_DEFAULT,
    'crisis-lines',
    ...(hasSafetyPlan(source) ? ['safety-plan' as const] : []),
  ]);
  return HANDOUT_SECTIONS.filter((s) => wanted.has(s));
}

/** The picked parts in handout order, the crisis lines always among them. */
export function onePageSections(picked: readonly HandoutSection[]): HandoutSection[] {
  const wanted = new Set<HandoutSection>([...picked, 'crisis-lines']);
  return HANDOUT_SECTIONS.filter((s) => wanted.has(s));
}
