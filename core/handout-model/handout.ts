/**
 * The client handout: warm, calm, in the client's own words. Built only from the client-facing
 * projection of the session (items marked for the handout, never the private reflection), and
 * never from the clinician's feedback or repair notes. The title in the PDF's metadata is generic.
 */
import type { ClientFacingContent, ClientFacingItem } from '../checklist/client-facing';
import { clientFacingContent } from '../checklist/client-facing';
import type { DocumentBlock } from '../document/blocks';
import type { RenderableDocument } from '../document/document';
import type { KeyValueRow } from '../document/blocks';
import type { InlineText } from '../document/inline-text';
import { WELL_KNOWN_ITEM_IDS as ID } from '../template/built-in-templates';
import { clientMeasureCaption } from '../client-words/measure-words';
import type { TextMeasure } from '../chart/label-geometry';
import { goalChartBlock, measureChartBlock } from './charts';
import { safetyPlanPage } from './safety-plan-page';
import { formatDocumentDate } from './format-date';
import {
  crisisCallout, genericItemBlocks, listBlocks, namedGoals, rating, referralLine, typedList, typedParagraph,
} from './item-blocks';
import type { CommonOptions, DocumentSource } from './source';
import { addressName, clientLanguage, clinicianLine, crisisLinesFor, practiceContact, renderable } from './source';

import { HANDOUT_SECTIONS, type HandoutSection } from './choices';

/** What each part is called (headings in the PDF, choices in the export dialog). */
export const HANDOUT_SECTION_TITLES: Readonly<Record<HandoutSection, string>> = {
  'came-for': 'What you came for',
  'what-changed': 'What changed',
  achievements: 'What you achieved',
  plan: 'Your plan for continued growth',
  'safety-plan': 'Your safety plan',
  referrals: 'Where to turn next',
  'crisis-lines': 'If you need help right away',
  'come-back': 'Coming back',
  goodbye: 'A note from me',
  more: 'More from our sessions',
};

/** The generic title written into the handout's metadata (never client data). */
export const HANDOUT_TITLE = 'Closing session handout';

/** The warm title printed at the top of the handout. */
export const HANDOUT_HEADING = 'Looking back, moving forward';

/** Item ids that never appear in the client handout, whatever was marked. */
const NEVER_IN_HANDOUT = new Set<string>([ID.feedbackNotes, ID.repairNotes, ID.reflection, ID.reasonForEnding]);

/** Item ids the handout places itself; every other shown item goes under "More from our sessions". */
const PLACED = new Set<string>([
  ID.goals, ID.measures, ID.whatHelped, ID.achievements, ID.strengths, ID.ongoingGoals, ID.copingToolkit, ID.warningSigns,
  ID.supportPeople, ID.safetyPlan, ID.referrals, ID.crisisLines, ID.selfHelp, ID.returnPolicy, ID.boosterSession, ID.closingNote,
]);

interface Shown {
  byId: Map<string, ClientFacingItem>;
  rest: ClientFacingItem[];
  view: ClientFacingContent;
}

function shownItems(source: DocumentSource): Shown {
  const view = clientFacingContent(source.template, source.content);
  const byId = new Map<string, ClientFacingItem>();
  const rest: ClientFacingItem[] = [];
  for (const section of view.sections) {
    for (const item of section.items) {
      if (NEVER_IN_HANDOUT.has(item.id)) continue;
      if (PLACED.has(item.id)) byId.set(item.id, item);
      else rest.push(item);
    }
  }
  return { byId, rest, view };
}

function part(section: HandoutSection, body: DocumentBlock[], intro?: string): DocumentBlock[] {
  if (body.length === 0) return [];
  return [{ type: 'heading', level: 2, text: HANDOUT_SECTION_TITLES[section] }, ...(intro ? [{ type: 'paragraph', text: intro, tone: 'quiet' } as DocumentBlock] : []), ...body];
}

function sub(title: string, body: DocumentBlock[]): DocumentBlock[] {
  return body.length > 0 ? [{ type: 'heading', level: 3, text: title }, ...body] : [];
}

/** A list whose lines mix the handout's own words with typed names: set in the handout's direction. */
function frameList(items: InlineText[]): DocumentBlock[] {
  return items.length > 0 ? [{ type: 'list', items }] : [];
}

function textOf(item: ClientFacingItem | undefined): string {
  return item?.answer.text?.trim() ?? '';
}

function sections(source: DocumentSource, shown: Shown, chartText?: TextMeasure): Record<HandoutSection, DocumentBlock[]> {
  const { byId } = shown;
  const fmt = (d: string) => formatDocumentDate(d, source.handout.dateFormat);
  const goals = namedGoals(byId.get(ID.goals)?.answer.goals);
  const item = (id: string) => byId.get(id);
  const listOf = (id: string) => {
    const it = item(id);
    return it ? listBlocks(it.answer.entries, it.columns ?? []) : [];
  };

  const changed: DocumentBlock[] = [];
  const scores = item(ID.measures)?.answer.scores ?? [];
  if (source.handout.showScores && scores.length > 0) {
    for (const def of shown.view.measures) {
      if (!scores.some((s) => s.measureId === def.id)) continue;
      changed.push(measureChartBlock(def, scores, fmt, { bandNames: source.handout.chartBandNames }, chartText));
      changed.push({ type: 'paragraph', text: clientMeasureCaption(def, scores, fmt), tone: 'quiet' });
    }
  }
  const goalChart = goalChartBlock(goals);
  if (goalChart) changed.push(goalChart);
  if (goals.length > 0) {
    changed.push({
      type: 'table', caption: 'Your goals, from 0 to 10', direction: 'auto',
      columns: [{ header: 'Goal', weight: 3 }, { header: 'Start', align: 'center' }, { header: 'Now', align: 'center' }, { header: 'In your words', weight: 3 }],
      rows: goals.map((g) => [g.goal.trim(), rating(g.start), rating(g.now), g.clientWords.trim()]),
    });
  }

  const ongoing = namedGoals(item(ID.ongoingGoals)?.answer.goals);
  const plan = [
    ...sub('Goals to keep working on', typedList(ongoing.map((g) => (g.firstStep.trim()
      ? [{ text: g.goal.trim(), emphasis: 'strong' as const }, { text: ` — first step: ${g.firstStep.trim()}` }]
      : g.goal.trim())))),
    ...sub('Skills that help', listOf(ID.copingToolkit)),
    ...sub('Early warning signs, what I do, who I call', listOf(ID.warningSigns)),
    ...sub('People who support me', listOf(ID.supportPeople)),
  ];

  const referrals = item(ID.referrals)?.answer.referrals ?? [];
  const returnText = textOf(item(ID.returnPolicy)) || source.handout.returnPolicy.trim();
  const booster = textOf(item(ID.boosterSession));
  const contact = practiceContact(source.profile);
  return {
    'came-for': part('came-for', typedList(goals.map((g) => g.goal.trim()))),
    'what-changed': part('what-changed', changed),
    achievements: part('achievements', [
      ...sub('Achievements', listOf(ID.achievements)),
      ...sub('Your strengths', listOf(ID.strengths)),
      ...sub('What helped, in your words', typedParagraph(textOf(item(ID.whatHelped)))),
    ]),
    plan: part('plan', plan),
    'safety-plan': part(
      'safety-plan',
      safetyPlanPage(item(ID.safetyPlan)?.answer.safetyPlan, item(ID.crisisLines)?.answer.crisisLines ?? [], crisisLinesFor(source)),
      'Keep this somewhere you can find it. Work through the steps in order until you feel safer.',
    ),
    referrals: part('referrals', [...frameList(referrals.map(referralLine)), ...sub('Books, apps and other self-help', listOf(ID.selfHelp))]),
    'crisis-lines': crisisCallout(crisisLinesFor(source), HANDOUT_SECTION_TITLES['crisis-lines'], 'If you are in danger or feel you cannot keep yourself safe, reach out now. These lines are there for you:'),
    'come-back': part('come-back', [
      ...typedParagraph(returnText),
      ...(booster ? [{ type: 'keyValue', rows: [{ key: 'Check-in session', value: booster }], direction: 'auto' } as DocumentBlock] : []),
      ...(contact ? [{ type: 'paragraph', text: [{ text: 'How to reach me: ', emphasis: 'strong' }, { text: contact }] } as DocumentBlock] : []),
    ]),
    goodbye: part('goodbye', [
      ...typedParagraph(textOf(item(ID.closingNote))),
      ...(clinicianLine(source.profile) && textOf(item(ID.closingNote)) ? [{ type: 'paragraph', text: [{ text: clinicianLine(source.profile), emphasis: 'em' }] } as DocumentBlock] : []),
    ]),
    more: part('more', shown.rest.flatMap(genericItemBlocks)),
  };
}

function header(source: DocumentSource): DocumentBlock[] {
  const rows: KeyValueRow[] = [{ key: 'Date', value: formatDocumentDate(source.date, source.handout.dateFormat) }];
  const clinician = clinicianLine(source.profile);
  if (clinician) rows.push({ key: 'From', value: clinician });
  if (source.profile.practiceName.trim()) rows.push({ key: 'Practice', value: source.profile.practiceName.trim() });
  const contact = practiceContact(source.profile);
  if (contact) rows.push({ key: 'Contact', value: contact });
  return [
    { type: 'heading', level: 1, text: HANDOUT_HEADING },
    { type: 'paragraph', text: [{ text: 'For ' }, { text: addressName(source.client), emphasis: 'strong' }] },
    { type: 'paragraph', text: 'A record of the work you did, what changed, and what will help you keep going.', tone: 'quiet' },
    { type: 'keyValue', rows },
    { type: 'spacer', size: 6 },
  ];
}

function document(source: DocumentSource, options: CommonOptions, blocks: DocumentBlock[]): RenderableDocument {
  return renderable(HANDOUT_TITLE, source, options, blocks, clientLanguage(source.client));
}

/** Builds the full client handout. */
export function buildHandout(source: DocumentSource, options: CommonOptions = {}): RenderableDocument {
  const parts = sections(source, shownItems(source), options.chartText);
  return document(source, options, [...header(source), ...HANDOUT_SECTIONS.flatMap((s) => parts[s])]);
}

/**
 * Builds the one-page handout with the parts the clinician picked, in handout order. The crisis
 * lines are always included: a short handout must still say where to turn in a crisis.
 */
export function buildOnePageHandout(source: DocumentSource, picked: readonly HandoutSection[], options: CommonOptions = {}): RenderableDocument {
  const chosen = new Set<HandoutSection>([...picked, 'crisis-lines']);
  const parts = sections(source, shownItems(source), options.chartText);
  return document(source, options, [...header(source), ...HANDOUT_SECTIONS.filter((s) => chosen.has(s)).flatMap((s) => parts[s])]);
}
