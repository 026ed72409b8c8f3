/** Contract part: the follow-up agreed in a closing session (calendar file, check-ins due). */
import type { CheckInDue } from '../sessions/check-ins-due';
import { CheckInsDueInputSchema } from '../sessions/check-ins-due';
import { SessionIdInputSchema } from '../sessions/session';
import type { SaveCopyOutcome } from './documents';
import { method } from './method';

/** The check-in methods. */
export const checkInMethods = {
  /**
   * Asks where to save the session's agreed follow-up as a calendar file (.ics; default name
   * `check-in-<date>.ics`, no client data) and writes it there; the event names no client.
   */
  'sessions.saveCheckIn': method<typeof SessionIdInputSchema, SaveCopyOutcome>(
    SessionIdInputSchema,
  ),
  /** Finalized sessions whose follow-up falls on or before a day, earliest first (ids and dates only). */
  'sessions.checkInsDue': method<typeof CheckInsDueInputSchema, CheckInDue[]>(
    CheckInsDueInputSchema,
  ),
} as const;
