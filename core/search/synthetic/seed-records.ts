/**
 * Synthetic clients and sessions as the records the app stores: built with the same core steps
 * the handlers take (template snapshot, new content with the practice's defaults, the recorded
 * answers, finalize with its hash, an occasional amendment). The fast seeder writes these
 * through the record store, and the search benchmark and tests index them with the archive's
 * one search-document builder, so both see exactly what a real vault holds.
 */
import {
  applyUpdate,
  finalizeRecord,
  draftFinalization,
  type HashText,
} from '../../checklist/finalize';
import { applyContentChanges, type ContentChange } from '../../checklist/content-update';
import { newSessionContent } from '../../checklist/content-schema';
import { prefillSessionContent } from '../../checklist/prefill';
import type { Client } from '../../clients/client';
import { directionOf } from '../../clients/languages';
import type { SessionRecord } from '../../sessions/session';
import { snapshotTemplate } from '../../template/template-versioning';
import type { Template } from '../../template/template-schema';
import { sessionSearchDocument } from '../session-document';
import type { SearchDocument } from '../search-document';
import type { SyntheticClient, SyntheticClientRecord, SyntheticSession } from './generate-archive';

/** The practice's default "how to come back" wording, as a new vault's Settings have it. */
export const SYNTHETIC_RETURN_POLICY = 'You are welcome to get in touch again at any time.';

/** What building records needs from outside core: the built-in templates and the content hash. */
export interface SyntheticRecordOptions {
  /** The built-in templates by id ("planned-ending", "brief-ending"). */
  templates: Readonly<Record<string, Template>>;
  /** The content hash the services use (SHA-256, hex). */
  hash: HashText;
}

const TEMPLATE_OF: Readonly<Record<string, string>> = {
  'planned-ending': 'planned-ending',
  'brief-ending': 'brief-ending',
};

let entry = 0;
const entryId = (): string => `e${(entry += 1).toString(36)}`;

const list = (texts: readonly string[], column = 'text') =>
  texts.map((t) => ({ id: entryId(), values: { [column]: t } }));

/** The template a synthetic session is recorded in. */
export function seedTemplateId(session: SyntheticSession): string {
  return session.kind === 'closure-letter'
    ? 'brief-ending'
    : (TEMPLATE_OF[session.templateId] ?? 'planned-ending');
}

/** The content changes that record a synthetic session in the built-in templates (risk at discharge when `withRisk`). */
export function seedChanges(
  session: SyntheticSession,
  templateId: string,
  withRisk = true,
): ContentChange[] {
  const answer = (itemId: string, a: Record<string, unknown>): ContentChange =>
    ({ op: 'answer', itemId, answer: a }) as ContentChange;
  const changes: ContentChange[] = [
    answer('goals', {
      goals: session.goals.map((g) => ({
        id: entryId(),
        goal: g.goal,
        start: g.start,
        now: g.now,
        clientWords: g.clientWords,
        firstStep: '',
      })),
    }),
    answer('achievements', { entries: list([...session.achievements]) }),
    answer('coping-toolkit', { entries: list(session.copingToolkit) }),
    answer('warning-signs', {
      entries: session.warningSigns.map((w) => ({
        id: entryId(),
        values: { sign: w.sign, action: w.action },
      })),
    }),
    answer('referrals', {
      covered: true,
      referrals: session.referrals.map((r) => ({
        id: entryId(),
        referralId: null,
        name: r.name,
        kind: r.kind,
        phone: r.phone,
        web: r.web,
      })),
    }),
    answer('crisis-lines', { covered: true }),
    answer('return-policy', { text: SYNTHETIC_RETURN_POLICY }),
    answer('closing-note', { text: session.closingNote }),
    answer('reflection', { text: session.reflection }),
    {
      op: 'reason',
      reason: { code: session.reasonCode as never, otherText: session.reasonOtherText },
    },
    { op: 'risk-at-discharge', risk: { date: session.date.slice(0, 10), level: 'none', note: '' } },
  ];
  if (withRisk)
    changes.push({
      op: 'risk-at-discharge',
      risk: { date: session.date, level: 'none', note: '' },
    } as unknown as ContentChange);
  if (session.feedbackNotes)
    changes.push(answer('feedback-notes', { text: session.feedbackNotes }));
  if (templateId === 'planned-ending') {
    changes.push(answer('strengths', { entries: list(session.strengths) }));
    changes.push(
      answer('ongoing-goals', {
        goals: session.ongoingGoals.map((g) => ({
          id: entryId(),
          goal: g.goal,
          firstStep: g.firstStep,
        })),
      }),
    );
    changes.push(
      answer('support-people', {
        entries: session.supportPeople.map((p) => ({ id: entryId(), values: { name: p } })),
      }),
    );
    if (session.notes) changes.push(answer('opening-notes', { text: session.notes }));
    const scores = session.measures.flatMap((m) =>
      m.scores.map((s) => ({ id: entryId(), measureId: m.measure, date: s.date, score: s.score })),
    );
    if (scores.length > 0) changes.push(answer('measures', { scores }));
  } else if (session.notes) {
    changes.push(
      answer('feedback-notes', {
        text: [session.feedbackNotes, session.notes].filter(Boolean).join('\n\n'),
      }),
    );
  }
  return changes;
}

/** Whether a template has a risk-at-discharge entry (then finalizing needs one). */
export function asksForRisk(template: Template): boolean {
  return template.sections.some((s) =>
    s.items.some((i) => (i.kind as string) === 'risk-at-discharge'),
  );
}

/** One snapshot per template object: every synthetic session keeps an identical, never-changed copy. */
const snapshots = new WeakMap<Template, Template>();
function snapshotOf(template: Template): Template {
  let snap = snapshots.get(template);
  if (!snap) snapshots.set(template, (snap = snapshotTemplate(template)));
  return snap;
}

const at = (day: string, hour: number): string =>
  new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`)).toISOString();

/** The stored client record of a synthetic client (rev 1, created the morning of their first document). */
export function syntheticClientRecord(client: SyntheticClient, firstDay: string): Client {
  const stamp = at(firstDay, 8);
  return {
    id: client.id,
    rev: 1,
    displayName: client.displayName,
    preferredName: client.preferredName,
    pronouns: client.pronouns,
    recordCode: client.recordCode,
    language: client.language,
    direction: directionOf(client.language),
    region: '',
    notes: client.notes,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The amendment every twentieth finalized session gets (as the handler-driven seeder did). */
export function seedAmendment(session: SyntheticSession): {
  changes: ContentChange[];
  reason: string;
} {
  const text = `${session.closingNote} Looking forward to hearing how the booster session goes.`;
  return {
    changes: [{ op: 'answer', itemId: 'closing-note', answer: { text } } as ContentChange],
    reason: 'Added the booster session the client asked for after the session.',
  };
}

/**
 * The stored record of a synthetic session: created, answered, finalized (when its status says
 * so) and, when `amend`, amended once — the steps and times the handlers would record.
 */
export function syntheticSessionRecord(
  session: SyntheticSession,
  clientId: string,
  options: SyntheticRecordOptions,
  amend = false,
): SessionRecord {
  const templateId = seedTemplateId(session);
  const source = options.templates[templateId];
  if (!source) throw new Error(`No template ${templateId}.`);
  const template = snapshotOf(source);
  let content = prefillSessionContent(template, newSessionContent(template), {
    returnPolicy: SYNTHETIC_RETURN_POLICY,
  });
  if (session.kind === 'closure-letter')
    content.reasonForEnding = { code: 'stopped-attending', otherText: '' };
  content = applyContentChanges(
    template,
    content,
    seedChanges(session, templateId, asksForRisk(template)),
  );
  let finalization = draftFinalization();
  let rev = 2;
  let updatedAt = at(session.date, 11);
  if (session.status === 'finalized') {
    updatedAt = at(session.date, 12);
    finalization = finalizeRecord(
      { template, content, finalization },
      { at: updatedAt, hash: options.hash },
    );
    rev += 1;
    if (amend) {
      updatedAt = at(session.date, 17);
      const { changes, reason } = seedAmendment(session);
      const next = applyUpdate(
        { template, content, finalization },
        { changes, amendment: { reason } },
        { at: updatedAt, hash: options.hash },
      );
      content = next.content;
      finalization = next.finalization;
      rev += 1;
    }
  }
  return {
    id: session.id,
    rev,
    clientId,
    kind: session.kind,
    template,
    content,
    finalization,
    createdAt: at(session.date, 9),
    updatedAt,
  };
}

/** Every search document of a synthetic archive, built from the records the app would store. */
export function* syntheticSearchDocuments(
  records: Iterable<SyntheticClientRecord>,
  options: SyntheticRecordOptions,
): Generator<SearchDocument> {
  let finalized = 0;
  for (const { client, sessions } of records) {
    const stored = syntheticClientRecord(client, sessions[0]?.date ?? '2020-01-01');
    for (const s of sessions) {
      const amend = s.status === 'finalized' && finalized++ % 20 === 3;
      yield sessionSearchDocument(syntheticSessionRecord(s, stored.id, options, amend), stored);
    }
  }
}
