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
import { recordsParagraph } from './letter-head';
import { type DocumentWords, documentWords } from '../handout-i18n/document-words';
import type { CatalogueKey } from '../handout-i18n/catalogue';
import {
  crisisCallout,
  genericItemBlocks,
  listBlocks,
  namedGoals,
  rating,
  referralLine,
  typedList,
  typedParagraph,
} from './item-blocks';
import type { CommonOptions, DocumentSource } from './source';
import {
  addressName,
  clientLanguage,
  clinicianLine,
  crisisLinesFor,
  practiceContact,
  renderable,
} from './source';

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
const NEVER_IN_HANDOUT = new Set<string>([
  ID.feedbackNotes,
  ID.repairNotes,
  ID.reflection,
  ID.reasonForEnding,
]);

/** Item ids the handout places itself; every other shown item goes under "More from our sessions". */
const PLACED = new Set<string>([
  ID.goals,
  ID.measures,
  ID.whatHelped,
  ID.achievements,
  ID.strengths,
  ID.ongoingGoals,
  ID.copingToolkit,
  ID.warningSigns,
  ID.supportPeople,
  ID.safetyPlan,
  ID.referrals,
  ID.crisisLines,
  ID.selfHelp,
  ID.returnPolicy,
  ID.boosterSession,
  ID.closingNote,
  ID.futureSelfLetter,
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

/** A part's heading in the document's language. */
export function sectionTitle(words: DocumentWords, section: HandoutSection): string {
  return words.t(`handout.section.${section}` as CatalogueKey);
}

/** The wording of a source's client documents: the client's language (English without a complete catalogue), with the clinician's rewritten sentences. */
export function wordsFor(source: Pick<DocumentSource, 'client' | 'handout'>): DocumentWords {
  return documentWords(source.client.language, source.handout.wordingOverrides);
}

function partIn(
  words: DocumentWords,
  section: HandoutSection,
  body: DocumentBlock[],
  intro?: string,
): DocumentBlock[] {
  if (body.length === 0) return [];
  return [
    { type: 'heading', level: 2, text: sectionTitle(words, section) },
    ...(intro ? [{ type: 'paragraph', text: intro, tone: 'quiet' } as DocumentBlock] : []),
    ...body,
  ];
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

function sections(
  source: DocumentSource,
  shown: Shown,
  w: DocumentWords,
  chartText?: TextMeasure,
): Record<HandoutSection, DocumentBlock[]> {
  const { byId } = shown;
  const fmt = (d: string) => w.date(d, source.handout.dateFormat);
  const part = (section: HandoutSection, body: DocumentBlock[], intro?: string) =>
    partIn(w, section, body, intro);
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
      changed.push(
        measureChartBlock(
          def,
          scores,
          fmt,
          { bandNames: source.handout.chartBandNames },
          chartText,
          w.clientWords,
        ),
      );
      changed.push({
        type: 'paragraph',
        text: clientMeasureCaption(def, scores, fmt, w.clientWords),
        tone: 'quiet',
      });
    }
  }
  const goalChart = goalChartBlock(goals, w);
  if (goalChart) changed.push(goalChart);
  if (goals.length > 0) {
    changed.push({
      type: 'table',
      caption: w.t('handout.goals.caption'),
      direction: 'auto',
      columns: [
        { header: w.t('handout.goals.colGoal'), weight: 3 },
        { header: w.t('handout.goals.colStart'), align: 'center' },
        { header: w.t('handout.goals.colNow'), align: 'center' },
        { header: w.t('handout.goals.colWords'), weight: 3 },
      ],
      rows: goals.map((g) => [g.goal.trim(), rating(g.start), rating(g.now), g.clientWords.trim()]),
    });
  }

  const ongoing = namedGoals(item(ID.ongoingGoals)?.answer.goals);
  const plan = [
    ...sub(
      w.t('handout.sub.goalsToKeep'),
      typedList(
        ongoing.map((g) =>
          g.firstStep.trim()
            ? w.inline(
                'handout.goal.firstStep',
                { goal: g.goal.trim(), step: g.firstStep.trim() },
                ['goal'],
              )
            : g.goal.trim(),
        ),
      ),
    ),
    ...sub(w.t('handout.sub.skills'), listOf(ID.copingToolkit)),
    ...sub(w.t('handout.sub.warningSigns'), listOf(ID.warningSigns)),
    ...sub(w.t('handout.sub.supportPeople'), listOf(ID.supportPeople)),
  ];

  const referrals = item(ID.referrals)?.answer.referrals ?? [];
  const returnText = textOf(item(ID.returnPolicy)) || source.handout.returnPolicy.trim();
  const booster = textOf(item(ID.boosterSession));
  const contact = practiceContact(source.profile);
  return {
    'came-for': part('came-for', typedList(goals.map((g) => g.goal.trim()))),
    'what-changed': part('what-changed', changed),
    achievements: part('achievements', [
      ...sub(w.t('handout.sub.achievements'), listOf(ID.achievements)),
      ...sub(w.t('handout.sub.strengths'), listOf(ID.strengths)),
      ...sub(w.t('handout.sub.whatHelped'), typedParagraph(textOf(item(ID.whatHelped)))),
    ]),
    plan: part('plan', plan),
    'safety-plan': part(
      'safety-plan',
      safetyPlanPage(
        item(ID.safetyPlan)?.answer.safetyPlan,
        item(ID.crisisLines)?.answer.crisisLines ?? [],
        crisisLinesFor(source),
        w,
      ),
      w.t('handout.safetyPlan.intro'),
    ),
    referrals: part('referrals', [
      ...frameList(referrals.map(referralLine)),
      ...sub(w.t('handout.sub.selfHelp'), listOf(ID.selfHelp)),
    ]),
    'crisis-lines': crisisCallout(
      crisisLinesFor(source, w.clientWords),
      sectionTitle(w, 'crisis-lines'),
      w.t('handout.crisis.intro'),
      w,
    ),
    'come-back': part('come-back', [
      ...typedParagraph(returnText),
      ...(source.content.checkIn
        ? [
            {
              type: 'paragraph',
              text: [
                {
                  text: w.t('handout.checkIn.date', { date: fmt(source.content.checkIn.date) }),
                  emphasis: 'strong',
                },
              ],
            } as DocumentBlock,
          ]
        : []),
      ...(booster
        ? [
            {
              type: 'keyValue',
              rows: [{ key: w.t('handout.checkIn'), value: booster }],
              direction: 'auto',
            } as DocumentBlock,
          ]
        : []),
      ...(contact
        ? [
            {
              type: 'paragraph',
              text: [{ text: `${w.t('handout.reachMe')} `, emphasis: 'strong' }, { text: contact }],
            } as DocumentBlock,
          ]
        : []),
      ...sub(w.t('records.title'), [recordsParagraph(source, w)]),
    ]),
    goodbye: part('goodbye', [
      ...typedParagraph(textOf(item(ID.closingNote))),
      ...(clinicianLine(source.profile) && textOf(item(ID.closingNote))
        ? [
            {
              type: 'paragraph',
              text: [{ text: clinicianLine(source.profile), emphasis: 'em' }],
            } as DocumentBlock,
          ]
        : []),
    ]),
    more: part('more', shown.rest.flatMap(genericItemBlocks)),
  };
}

function header(source: DocumentSource, w: DocumentWords): DocumentBlock[] {
  const rows: KeyValueRow[] = [
    { key: w.t('handout.key.date'), value: w.date(source.date, source.handout.dateFormat) },
  ];
  const clinician = clinicianLine(source.profile);
  if (clinician) rows.push({ key: w.t('handout.key.from'), value: clinician });
  if (source.profile.practiceName.trim())
    rows.push({ key: w.t('handout.key.practice'), value: source.profile.practiceName.trim() });
  const contact = practiceContact(source.profile);
  if (contact) rows.push({ key: w.t('handout.key.contact'), value: contact });
  return [
    { type: 'heading', level: 1, text: w.t('handout.heading') },
    {
      type: 'paragraph',
      text: w.inline('handout.for', { name: addressName(source.client) }, ['name']),
    },
    { type: 'paragraph', text: w.t('handout.intro'), tone: 'quiet' },
    { type: 'keyValue', rows },
    { type: 'spacer', size: 6 },
  ];
}

function document(
  source: DocumentSource,
  options: CommonOptions,
  blocks: DocumentBlock[],
  w: DocumentWords,
): RenderableDocument {
  return renderable(
    w.t('handout.metaTitle'),
    source,
    options,
    blocks,
    clientLanguage(source.client),
    w,
  );
}

/** Builds the full client handout. */
export function buildHandout(
  source: DocumentSource,
  options: CommonOptions = {},
): RenderableDocument {
  const w = wordsFor(source);
  const shown = shownItems(source);
  const parts = sections(source, shown, w, options.chartText);
  const letterPage = futureSelfPage(shown, w);
  const built = document(
    source,
    options,
    [...header(source, w), ...HANDOUT_SECTIONS.flatMap((s) => parts[s]), ...letterPage],
    w,
  );
  // A few lines spilling onto one more page are set a little tighter instead (within the limits).
  return { ...built, keepToPages: HANDOUT_PAGES + (letterPage.length > 0 ? 1 : 0) };
}

/** Pages an ordinary handout keeps to when a tighter layout lets it (the letter page comes on top). */
export const HANDOUT_PAGES = 4;

/**
 * The client's letter to their future self, on a page of its own, only when it was switched
 * into the handout (the client wanted it there). The heading and intro are the handout's words;
 * the letter is the client's, as typed (its line breaks kept), each paragraph in its own direction.
 */
export function futureSelfPage(shown: Pick<Shown, 'byId'>, w: DocumentWords): DocumentBlock[] {
  const letter = shown.byId.get(ID.futureSelfLetter)?.answer.text ?? '';
  if (!letter.trim()) return [];
  return [
    { type: 'pageBreak' },
    { type: 'heading', level: 2, text: w.t('handout.futureSelf.heading') },
    { type: 'paragraph', text: w.t('handout.futureSelf.intro'), tone: 'quiet' },
    ...letter
      .trim()
      .split(/\n[ \t]*\n/)
      .map((p) => p.replace(/[ \t]+\n/g, '\n').trim())
      .filter(Boolean)
      .map((p): DocumentBlock => ({ type: 'paragraph', text: p, direction: 'auto' })),
  ];
}

/**
 * Builds the one-page handout with the parts the clinician picked, in handout order. The crisis
 * lines are always included: a short handout must still say where to turn in a crisis.
 */
export function buildOnePageHandout(
  source: DocumentSource,
  picked: readonly HandoutSection[],
  options: CommonOptions = {},
): RenderableDocument {
  const chosen = new Set<HandoutSection>([...picked, 'crisis-lines']);
  const w = wordsFor(source);
  const parts = sections(source, shownItems(source), w, options.chartText);
  return document(
    source,
    options,
    [
      ...header(source, w),
      ...HANDOUT_SECTIONS.filter((s) => chosen.has(s)).flatMap((s) => parts[s]),
    ],
    w,
  );
}
