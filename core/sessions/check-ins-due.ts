/**
 * Check-ins due: finalized sessions whose agreed follow-up falls on or before a day, earliest
 * first, for the archive's "Check-ins due" list. Works on session summaries only (ids, dates and
 * the kind of follow-up), never on client-written text.
 */
import { z } from 'zod';
import type { CheckInKind } from '../checklist/check-in';
import { IsoDateSchema } from '../measures/measure-score';
import type { SessionSummary } from './session';

/** Input to list check-ins due: up to which day (inclusive). */
export const CheckInsDueInputSchema = z.object({ until: IsoDateSchema }).strict();

/** One check-in due. */
export interface CheckInDue {
  sessionId: string;
  clientId: string;
  date: string;
  kind: CheckInKind;
}

/** Finalized sessions with a follow-up on or before `until` (YYYY-MM-DD), earliest first. */
export function checkInsDue(summaries: readonly SessionSummary[], until: string): CheckInDue[] {
  const due: CheckInDue[] = [];
  for (const s of summaries) {
    if (s.status !== 'finalized' || !s.checkIn || s.checkIn.date > until) continue;
    due.push({ sessionId: s.id, clientId: s.clientId, date: s.checkIn.date, kind: s.checkIn.kind });
  }
  return due.sort((a, b) => a.date.localeCompare(b.date) || a.sessionId.localeCompare(b.sessionId));
}
