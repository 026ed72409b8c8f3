/**
 * The agreed follow-up as a calendar file (RFC 5545), written by the `ics` library: one all-day
 * event on the agreed date. The summary names only the kind of follow-up and the app, never the
 * client; there is no description, location or attendee, so no notes or names leave the vault.
 */
import { createEvent } from 'ics';
import type { CheckIn } from '../../../core/checklist/check-in';
import { AppError } from '../../../core/result';

/** What the calendar event is called: the kind of follow-up and the app, no client data. */
export const CHECK_IN_SUMMARIES: Readonly<Record<CheckIn['kind'], string>> = {
  'check-in': 'Check-in — Closing Session',
  booster: 'Booster session — Closing Session',
};

/** The default file name of a saved check-in: the kind and the date, no client data. */
export function checkInFileName(checkIn: CheckIn): string {
  return `${checkIn.kind === 'booster' ? 'booster' : 'check-in'}-${checkIn.date}.ics`;
}

/**
 * The calendar file's text for a session's agreed follow-up. `uid` keeps the event the same
 * across saves (a record id, never client data); `stamp` is when the file is written.
 */
export function checkInIcs(checkIn: CheckIn, uid: string, stamp: Date): string {
  const [year, month, day] = checkIn.date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const { error, value } = createEvent({
    start: [year, month, day],
    end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    title: CHECK_IN_SUMMARIES[checkIn.kind],
    uid: `${uid}@closingsession.org`,
    productId: 'closingsession.org//Closing Session',
    classification: 'PRIVATE',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    created: stamp.getTime(),
  });
  if (error || !value) throw new AppError('internal', 'The calendar file could not be made.');
  return value;
}
