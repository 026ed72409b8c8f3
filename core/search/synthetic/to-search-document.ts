/** Turning a synthetic client and session into what the archive index searches. */
import { REASON_FOR_ENDING_LABELS } from '../../checklist/reason-for-ending';
import type { SearchDocument } from '../search-document';
import type { SyntheticClient, SyntheticSession } from './generate-archive';

/** The search document of a synthetic session (as a handler would derive it from real records). */
export function syntheticSearchDocument(client: SyntheticClient, session: SyntheticSession): SearchDocument {
  const label = (REASON_FOR_ENDING_LABELS as Readonly<Record<string, string>>)[session.reasonCode] ?? session.reasonCode;
  return {
    sessionId: session.id,
    clientId: client.id,
    clientDisplayName: client.displayName,
    preferredName: client.preferredName,
    recordCode: client.recordCode,
    kind: session.kind,
    status: session.status,
    templateId: session.templateId,
    templateName: session.templateName,
    reasonCode: session.reasonCode,
    reasonText: session.reasonOtherText ? `${label}: ${session.reasonOtherText}` : label,
    date: session.date,
    updatedAt: session.updatedAt,
    finalizedAt: session.finalizedAt,
    goals: session.goals.map((g) => `${g.goal} ${g.clientWords}`),
    achievements: [...session.achievements, ...session.strengths],
    plan: [
      ...session.ongoingGoals.map((g) => `${g.goal}. ${g.firstStep}`),
      ...session.copingToolkit,
      ...session.warningSigns.map((w) => `If ${w.sign}: ${w.action}`),
      ...session.supportPeople,
    ],
    referrals: session.referrals.map((r) => ({ name: r.name, kind: r.kind })),
    notes: [session.notes, session.feedbackNotes, client.notes].filter((t) => t.length > 0),
    privateReflection: session.reflection ? [session.reflection] : [],
  };
}

/** Every search document of a synthetic archive, in order. */
export function* syntheticSearchDocuments(records: Iterable<{ client: SyntheticClient; sessions: SyntheticSession[] }>): Generator<SearchDocument> {
  for (const { client, sessions } of records) for (const s of sessions) yield syntheticSearchDocument(client, s);
}
