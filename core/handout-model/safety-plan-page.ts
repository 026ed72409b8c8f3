/**
 * The safety-plan part of the handout: the plan in the client's words, step by step, with the
 * emergency number beside it, the professionals step completed from the crisis lines chosen for
 * this client, and a line naming the approach it follows (Stanley & Brown's Safety Planning
 * Intervention; named, never its copyrighted form). Nothing when the plan is empty.
 */
import type { CrisisLineSnapshot, SafetyPlan } from '../checklist/answer-schema';
import { SAFETY_PLAN_STEPS } from '../checklist/safety-plan';
import type { DocumentBlock } from '../document/blocks';
import type { InlineText } from '../document/inline-text';
import { crisisLine, typedList } from './item-blocks';
import type { CatalogueKey } from '../handout-i18n/catalogue';
import { type DocumentWords, documentWords } from '../handout-i18n/document-words';

/** The page's fixed client-facing sentences (English; the handout's catalogue translates them). */
export interface SafetyPlanPageWords {
  /** "If you are in immediate danger, call {number} now." */
  danger: (number: string) => string;
  /** Used for {number} when the client's region has no emergency number. */
  localEmergency: string;
  attribution: string;
}

/** The English wording of the page. */
export const SAFETY_PLAN_PAGE_WORDS_EN: SafetyPlanPageWords = {
  danger: (number) => `If you are in immediate danger, call ${number} now.`,
  localEmergency: 'your local emergency number',
  attribution:
    'This plan follows the steps of the Safety Planning Intervention (Stanley & Brown, 2012), in our own words.',
};

const hasEntries = (plan: SafetyPlan | undefined) =>
  plan ? Object.values(plan).some((steps: string[]) => steps.some((s) => s.trim())) : false;

/** The emergency number to print: the first emergency line with a number, else the generic words. */
export function emergencyNumber(
  lines: readonly CrisisLineSnapshot[],
  words: SafetyPlanPageWords = SAFETY_PLAN_PAGE_WORDS_EN,
): string {
  return (
    lines.find((line) => line.emergency && line.contact.trim())?.contact.trim() ??
    words.localEmergency
  );
}

/**
 * Builds the blocks of the safety-plan part: the emergency sentence in an important box, each
 * step with entries (the professionals step also lists the chosen crisis lines not already
 * written there), then the attribution. `chosenLines` are the lines picked in the session,
 * `shownLines` every line the handout shows (for the emergency number).
 */
export function safetyPlanPage(
  plan: SafetyPlan | undefined,
  chosenLines: readonly CrisisLineSnapshot[],
  shownLines: readonly CrisisLineSnapshot[],
  doc: DocumentWords = documentWords('en'),
): DocumentBlock[] {
  if (!plan || !hasEntries(plan)) return [];
  const words: SafetyPlanPageWords = {
    danger: (number) => doc.t('safety.danger', { number }),
    localEmergency: doc.t('safety.localEmergency'),
    attribution: doc.t('safety.attribution'),
  };
  const danger: DocumentBlock = {
    type: 'callout',
    tone: 'important',
    content: [
      {
        type: 'paragraph',
        text: [{ text: words.danger(emergencyNumber(shownLines, words)), emphasis: 'strong' }],
      },
    ],
  };
  const steps = SAFETY_PLAN_STEPS.flatMap((step) => {
    const entries = (plan[step.key] ?? []).map((s) => s.trim()).filter(Boolean);
    const written = entries.join('\n').toLowerCase();
    const lines: InlineText[] =
      step.key === 'professionals'
        ? chosenLines
            .filter(
              (line) =>
                !line.emergency &&
                line.name.trim() &&
                !written.includes(line.name.trim().toLowerCase()),
            )
            .map((line) => crisisLine(line, doc))
        : [];
    if (entries.length === 0 && lines.length === 0) return [];
    return [
      {
        type: 'heading',
        level: 3,
        text: doc.t(`safety.step.${step.key}` as CatalogueKey),
      } as DocumentBlock,
      ...typedList(entries),
      ...(lines.length > 0 ? [{ type: 'list', items: lines } as DocumentBlock] : []),
    ];
  });
  return [danger, ...steps, { type: 'paragraph', text: words.attribution, tone: 'quiet' }];
}
