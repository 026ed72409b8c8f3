/**
 * What the archive index knows of a stored closing document: the client's names and code, and
 * the text of every item, grouped the way the search weighs it. The one builder of search
 * documents: the archive service derives them from decrypted records, and the synthetic
 * archives of the benchmarks and tests build the same records first. Text the template itself
 * supplies (talking points, headings, the template's name, the practice's standard "how to
 * come back" wording) is not the client's and is not searched.
 */
import { describeReason } from '../checklist/reason-for-ending';
import type { ItemAnswer } from '../checklist/answer-schema';
import type { Client } from '../clients/client';
import type { SessionRecord } from '../sessions/session';
import { WELL_KNOWN_ITEM_IDS as IDS } from '../template/built-in-templates';
import type { TemplateItem } from '../template/template-schema';
import type { SearchDocument } from './search-document';

type Bucket = 'goals' | 'achievements' | 'plan' | 'notes' | 'clinicianNotes';

/** Items whose text is the practice's standard wording, the same for every client. */
const BOILERPLATE_IDS: ReadonlySet<string> = new Set([IDS.returnPolicy]);

const BUCKET_BY_ID: Readonly<Record<string, Bucket>> = {
  [IDS.goals]: 'goals',
  [IDS.achievements]: 'achievements',
  [IDS.strengths]: 'achievements',
  [IDS.ongoingGoals]: 'plan',
  [IDS.copingToolkit]: 'plan',
  [IDS.warningSigns]: 'plan',
  [IDS.supportPeople]: 'plan',
  [IDS.safetyPlan]: 'plan',
  [IDS.selfHelp]: 'plan',
  [IDS.feedbackNotes]: 'clinicianNotes',
  [IDS.repairNotes]: 'clinicianNotes',
  [IDS.closingNote]: 'notes',
};

/** Which group an item's text belongs to: by well-known id, else by kind. */
function bucketOf(item: TemplateItem): Bucket {
  const known = BUCKET_BY_ID[item.id];
  if (known) return known;
  if (item.kind === 'goal-table') return 'goals';
  if (item.kind === 'safety-plan') return 'plan';
  return 'notes';
}

const present = (text: string | undefined): text is string =>
  typeof text === 'string' && text.trim().length > 0;

/** Every piece of text an answer holds, one string per row (referrals apart). */
function answerTexts(answer: ItemAnswer, forGoals: boolean): string[] {
  const out: string[] = [];
  if (present(answer.text)) out.push(answer.text);
  for (const entry of answer.entries ?? []) {
    const line = Object.values(entry.values).filter(present).join(' — ');
    if (line) out.push(line);
  }
  for (const g of answer.goals ?? []) {
    const parts = forGoals
      ? [g.goal, g.clientWords, g.firstStep]
      : [g.goal, g.firstStep, g.clientWords];
    const line = parts.filter(present).join('. ');
    if (line) out.push(line);
  }
  const plan = answer.safetyPlan;
  if (plan) for (const steps of Object.values(plan)) out.push(...steps.filter(present));
  for (const r of answer.referrals ?? []) if (present(r.note)) out.push(r.note);
  return out;
}

/** The search document of a stored session and its client (the private reflection kept apart). */
export function sessionSearchDocument(session: SessionRecord, client: Client): SearchDocument {
  const buckets: Record<Bucket, string[]> = {
    goals: [],
    achievements: [],
    plan: [],
    notes: [],
    clinicianNotes: [],
  };
  const privateReflection: string[] = [];
  const referrals: SearchDocument['referrals'] = [];
  for (const section of session.template.sections) {
    for (const item of section.items) {
      const answer = session.content.answers[item.id];
      if (!answer || BOILERPLATE_IDS.has(item.id)) continue;
      const bucket = bucketOf(item);
      const texts = answerTexts(answer, bucket === 'goals');
      if (section.private || item.private) {
        privateReflection.push(...texts);
        continue;
      }
      buckets[bucket].push(...texts);
      for (const r of answer.referrals ?? [])
        if (present(r.name)) referrals.push({ name: r.name, kind: r.kind });
    }
  }
  if (present(client.notes)) buckets.notes.push(client.notes);
  const reason = session.content.reasonForEnding;
  const finalizedAt = session.finalization.finalizedAt;
  return {
    sessionId: session.id,
    clientId: client.id,
    clientDisplayName: client.displayName,
    preferredName: client.preferredName,
    recordCode: client.recordCode,
    kind: session.kind,
    status: session.finalization.status,
    templateId: session.template.id,
    templateName: session.template.name,
    reasonCode: reason?.code ?? null,
    reasonText: reason ? describeReason(reason) : '',
    date: finalizedAt ?? session.createdAt,
    updatedAt: session.updatedAt,
    finalizedAt,
    goals: buckets.goals,
    achievements: buckets.achievements,
    plan: buckets.plan,
    referrals,
    notes: buckets.notes,
    clinicianNotes: buckets.clinicianNotes,
    privateReflection,
  };
}
