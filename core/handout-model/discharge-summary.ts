/**
 * The discharge summary: the clinician's record of the ending. It may show what the handout does
 * not (reason for ending, risk, feedback, outreach), but never the private reflection.
 */
import type { ListEntry } from '../checklist/answer-schema';
import {
  OUTREACH_CONSENT_LABELS,
  OUTREACH_METHOD_LABELS,
  OUTREACH_OUTCOME_LABELS,
} from '../checklist/outreach';
import { isUnplannedEnding } from '../checklist/reason-for-ending';
import { safetyPlanTriggers } from '../checklist/safety-plan';
import { describeRisk } from '../checklist/risk-at-discharge';
import { PHQ9, PHQ9_RISK_ITEM_NUMBER } from '../measures/built-in-measures';
import { itemRecord, sortByDate } from '../measures/measure-score';
import { sessionMeasures, sessionPairedOutcome } from '../checklist/session-measures';
import { measureReadingNote } from '../measures/measure-prefs';
import { allScores } from '../checklist/progress';
import type { DocumentBlock, KeyValueRow } from '../document/blocks';
import type { RenderableDocument } from '../document/document';
import { isInHandout, isPrivateItem } from '../template/privacy';
import { WELL_KNOWN_ITEM_IDS as ID } from '../template/built-in-templates';
import type { TemplateItem } from '../template/template-schema';
import { courseBlocks, courseOf, prognosisBlocks, statusRows } from './discharge-course';
import { formatDocumentDate } from './format-date';
import {
  listBlocks,
  namedGoals,
  rating,
  referralLine,
  typedList,
  typedParagraph,
} from './item-blocks';
import type { CommonOptions, DocumentSource } from './source';
import { CLINICIAN_LANGUAGE, clinicianLine, renderable } from './source';

/** The generic metadata title of the discharge summary. */
export const DISCHARGE_TITLE = 'Discharge summary';

const NOT_RECORDED = 'Not recorded';

/** A template item with its answer, skipping anything private. */
function recordItem(
  source: DocumentSource,
  id: string,
): { item: TemplateItem; entries?: ListEntry[]; text: string } | null {
  for (const section of source.template.sections) {
    for (const item of section.items) {
      if (item.id !== id) continue;
      if (isPrivateItem(section, item)) return null;
      const a = source.content.answers[id];
      return { item, ...(a?.entries ? { entries: a.entries } : {}), text: a?.text?.trim() ?? '' };
    }
  }
  return null;
}

function h2(text: string): DocumentBlock {
  return { type: 'heading', level: 2, text };
}

function h3(text: string): DocumentBlock {
  return { type: 'heading', level: 3, text };
}

function orNone(blocks: DocumentBlock[], none = NOT_RECORDED): DocumentBlock[] {
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: none, tone: 'quiet' }];
}

function listItem(source: DocumentSource, id: string): DocumentBlock[] {
  const found = recordItem(source, id);
  return found && found.item.kind === 'list'
    ? listBlocks(found.entries, found.item.columns, found.item.label)
    : [];
}

function textItem(source: DocumentSource, id: string): DocumentBlock[] {
  return typedParagraph(recordItem(source, id)?.text ?? '');
}

function identifying(source: DocumentSource, fmt: (d: string) => string): DocumentBlock[] {
  const { client, profile, finalization } = source;
  const rows: KeyValueRow[] = [{ key: 'Client', value: client.displayName }];
  if (client.preferredName) rows.push({ key: 'Preferred name', value: client.preferredName });
  if (client.pronouns) rows.push({ key: 'Pronouns', value: client.pronouns });
  if (client.recordCode) rows.push({ key: 'Record code', value: client.recordCode });
  rows.push({ key: 'Clinician', value: clinicianLine(profile) || NOT_RECORDED });
  if (profile.practiceName) rows.push({ key: 'Practice', value: profile.practiceName });
  rows.push({ key: 'Date of summary', value: fmt(source.date) });
  rows.push({
    key: 'Record status',
    value:
      finalization.status === 'finalized' && finalization.finalizedAt
        ? `Finalized ${fmt(finalization.finalizedAt)}`
        : 'Draft (not finalized)',
  });
  if (finalization.contentHash)
    rows.push({ key: 'Content hash', value: `SHA-256 ${finalization.contentHash.slice(0, 16)}…` });
  return [{ type: 'keyValue', rows }];
}

function measuresTable(source: DocumentSource, fmt: (d: string) => string): DocumentBlock[] {
  const measures = sessionMeasures(source.content, source.measurePrefs);
  if (measures.length === 0)
    return [{ type: 'paragraph', text: 'No outcome measures were recorded.', tone: 'quiet' }];
  const blocks: DocumentBlock[] = [
    {
      type: 'paragraph',
      text: measureReadingNote(measures.map((m) => m.definition)),
      tone: 'quiet',
    },
  ];
  const at = (score: number, date: string, band: { label: string } | null) =>
    `${score} on ${fmt(date)}${band ? ` (${band.label.toLowerCase()})` : ''}`;
  for (const { definition, summary } of measures) {
    blocks.push(h3(definition.name));
    blocks.push({
      type: 'keyValue',
      rows: [
        {
          key: 'First score',
          value: at(summary.first.score, summary.first.date, summary.firstBand),
        },
        { key: 'Last score', value: at(summary.last.score, summary.last.date, summary.lastBand) },
        { key: 'Scores recorded', value: String(summary.scores.length) },
      ],
    });
    if (summary.metrics.length > 0) {
      blocks.push({
        type: 'table',
        caption: `${summary.shortName}: each result with the metric it comes from`,
        columns: [
          { header: 'Metric', weight: 1.3 },
          { header: 'Met', align: 'center', weight: 0.6 },
          { header: 'Result', weight: 3 },
        ],
        rows: summary.metrics.map((m) => [
          m.name,
          m.met === null ? '–' : m.met ? 'Yes' : 'No',
          m.label,
        ]),
      });
    }
  }
  const paired = sessionPairedOutcome(source.content);
  if (paired) {
    blocks.push(h3('PHQ-9 and GAD-7 together'));
    blocks.push({
      type: 'table',
      caption: 'Combined reading of PHQ-9 and GAD-7',
      columns: [
        { header: 'Metric', weight: 1.3 },
        { header: 'Met', align: 'center', weight: 0.6 },
        { header: 'Result', weight: 3 },
      ],
      rows: paired.map((m) => [m.name, m.met === null ? '–' : m.met ? 'Yes' : 'No', m.label]),
    });
  }
  return blocks;
}

/** The latest PHQ-9 item 9 as recorded: its answer, "not asked", or not recorded. */
function latestItem9(source: DocumentSource, fmt: (d: string) => string): string {
  const phq = sortByDate(allScores(source.content).filter((s) => s.measureId === PHQ9.id));
  const latest = phq[phq.length - 1];
  if (!latest) return 'No PHQ-9 recorded';
  const value = itemRecord(latest, PHQ9_RISK_ITEM_NUMBER);
  if (value === null) return `Not recorded (PHQ-9 of ${fmt(latest.date)})`;
  if (value === 'not-asked') return `Not asked (PHQ-9 of ${fmt(latest.date)})`;
  return `${value} on ${fmt(latest.date)}${value > 0 ? ' — above 0, follow-up needed' : ''}`;
}

/** Whether a safety plan exists and whether it really is in the client's handout. */
function safetyPlanState(source: DocumentSource): string {
  for (const section of source.template.sections) {
    for (const item of section.items) {
      if (item.kind !== 'safety-plan') continue;
      const answer = source.content.answers[item.id];
      const plan = answer?.safetyPlan;
      const hasPlan = plan
        ? Object.values(plan).some((steps: string[]) => steps.some((s) => s.trim()))
        : false;
      if (!hasPlan) return 'None recorded';
      return isInHandout(section, item, answer?.inHandout)
        ? 'In place (given to the client in the handout)'
        : 'In place (kept in the record, not in the handout)';
    }
  }
  return 'None recorded';
}

function risk(source: DocumentSource, fmt: (d: string) => string): DocumentBlock[] {
  const assessed = source.content.riskAtDischarge;
  const triggers = safetyPlanTriggers(
    source.content.riskConcern,
    allScores(source.content),
    assessed,
  );
  const rows: KeyValueRow[] = [
    ...statusRows(source),
    { key: 'Risk at discharge', value: assessed ? describeRisk(assessed, fmt) : NOT_RECORDED },
  ];
  if (assessed?.note.trim()) rows.push({ key: 'Assessment', value: assessed.note.trim() });
  if (source.content.riskConcern) rows.push({ key: 'Risk concern marked', value: 'Yes' });
  rows.push({ key: 'PHQ-9 item 9 (latest)', value: latestItem9(source, fmt) });
  rows.push({
    key: 'Safety plan',
    value:
      triggers.length > 0 && safetyPlanState(source) === 'None recorded'
        ? 'Needed, none recorded'
        : safetyPlanState(source),
  });
  const scores = sessionMeasures(source.content, source.measurePrefs).map(
    (m) =>
      `${m.summary.shortName}: ${m.summary.last.score}${m.summary.lastBand ? ` (${m.summary.lastBand.label.toLowerCase()})` : ''} on ${fmt(m.summary.last.date)}`,
  );
  return [
    h2('Status and risk at discharge'),
    { type: 'keyValue', rows, direction: 'auto' },
    ...typedList(scores),
  ];
}

function outreach(source: DocumentSource, fmt: (d: string) => string): DocumentBlock[] {
  const entries = source.content.outreach;
  const unplanned = source.content.reasonForEnding
    ? isUnplannedEnding(source.content.reasonForEnding.code)
    : false;
  if (entries.length === 0 && !unplanned) return [];
  return [
    h2('Outreach attempts'),
    ...orNone(
      entries.length === 0
        ? []
        : [
            {
              type: 'table',
              direction: 'auto',
              columns: [
                { header: 'Date' },
                { header: 'How' },
                { header: 'Consent to channel' },
                { header: 'Outcome' },
                { header: 'Note', weight: 2.5 },
              ],
              rows: entries.map((e) => [
                fmt(e.date),
                OUTREACH_METHOD_LABELS[e.method],
                e.consent ? OUTREACH_CONSENT_LABELS[e.consent] : NOT_RECORDED,
                OUTREACH_OUTCOME_LABELS[e.outcome],
                e.note.trim(),
              ]),
            } as DocumentBlock,
          ],
      'No outreach attempts were recorded.',
    ),
  ];
}

function amendments(source: DocumentSource, fmt: (d: string) => string): DocumentBlock[] {
  const list = source.finalization.amendments;
  return [
    h2('Amendments'),
    ...orNone(
      list.flatMap((a) => [h3(`${fmt(a.at)} — ${a.reason.trim()}`), ...typedList(a.changes)]),
      'No amendments.',
    ),
  ];
}

/** Builds the discharge summary for the clinician's record. */
export function buildDischargeSummary(
  source: DocumentSource,
  options: CommonOptions = {},
): RenderableDocument {
  const fmt = (d: string) => formatDocumentDate(d, source.handout.dateFormat);
  const goals = namedGoals(source.content.answers[ID.goals]?.goals);
  const ongoing = namedGoals(source.content.answers[ID.ongoingGoals]?.goals);
  const referrals = source.content.answers[ID.referrals]?.referrals ?? [];
  const c = courseOf(source);
  const profile = source.profile;
  const signatureName = [
    clinicianLine(profile),
    profile.licenceNumber ? `Licence ${profile.licenceNumber}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const blocks: DocumentBlock[] = [
    { type: 'heading', level: 1, text: DISCHARGE_TITLE },
    ...identifying(source, fmt),
    ...courseBlocks(source, fmt),
    h2('Presenting concerns'),
    ...orNone([
      ...typedParagraph(c.presentingConcerns ?? ''),
      ...(goals.length > 0
        ? [h3('Treatment goals'), ...typedList(goals.map((g) => g.goal.trim()))]
        : []),
    ]),
    h2('Services and interventions'),
    ...orNone([
      ...typedParagraph(c.services ?? ''),
      ...sub('What helped', textItem(source, ID.whatHelped)),
    ]),
    h2('Progress per goal'),
    ...orNone(
      goals.length === 0
        ? []
        : [
            {
              type: 'table',
              direction: 'auto',
              columns: [
                { header: 'Goal', weight: 2.5 },
                { header: 'Start', align: 'center' },
                { header: 'Now', align: 'center' },
                { header: 'Change', align: 'center' },
                { header: "Client's words", weight: 2.5 },
              ],
              rows: goals.map((g) => [
                g.goal.trim(),
                rating(g.start),
                rating(g.now),
                g.start !== null && g.now !== null ? signed(g.now - g.start) : '–',
                g.clientWords.trim(),
              ]),
            } as DocumentBlock,
          ],
    ),
    h2('Outcome measures'),
    ...measuresTable(source, fmt),
    ...risk(source, fmt),
    ...prognosisBlocks(source),
    h2('Recommendations and aftercare'),
    ...orNone([
      ...sub(
        'Goals to keep working on',
        typedList(
          ongoing.map((g) =>
            g.firstStep.trim()
              ? `${g.goal.trim()} — first step: ${g.firstStep.trim()}`
              : g.goal.trim(),
          ),
        ),
      ),
      ...sub('Coping toolkit', listItem(source, ID.copingToolkit)),
      ...sub('Warning signs and plan', listItem(source, ID.warningSigns)),
      ...sub('Support people', listItem(source, ID.supportPeople)),
      ...sub('Booster session', textItem(source, ID.boosterSession)),
      ...sub('Return policy given', textItem(source, ID.returnPolicy)),
    ]),
    h2('Referrals'),
    ...orNone(
      referrals.length > 0
        ? [{ type: 'list', items: referrals.map(referralLine) } as DocumentBlock]
        : [],
      'No referrals were made.',
    ),
    h2("Client's response to ending"),
    ...orNone([
      ...sub('Feelings about ending', textItem(source, 'opening-notes')),
      ...sub('Feedback on our work', textItem(source, ID.feedbackNotes)),
      ...sub('Ruptures and repair', textItem(source, ID.repairNotes)),
    ]),
    ...outreach(source, fmt),
    ...amendments(source, fmt),
    { type: 'spacer', size: 12 },
    {
      type: 'signature',
      label: 'Signature',
      ...(signatureName ? { name: signatureName } : {}),
      date: fmt(source.date),
    },
  ];
  return renderable(DISCHARGE_TITLE, source, options, blocks, CLINICIAN_LANGUAGE);
}

function sub(title: string, body: DocumentBlock[]): DocumentBlock[] {
  return body.length > 0 ? [h3(title), ...body] : [];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
