/** Contract part: closing sessions (run with a snapshot of their template). */
import type { Session, SessionVerification } from '../sessions/session';
import {
  SessionCreateInputSchema,
  SessionFinalizeInputSchema,
  SessionIdInputSchema,
  SessionUpdateInputSchema,
} from '../sessions/session';
import { method } from './method';

/** The sessions methods (the template library is in the practice part). */
export const sessionMethods = {
  /** Starts a closing document with a snapshot of the chosen (or default) template. */
  'sessions.create': method<typeof SessionCreateInputSchema, Session>(SessionCreateInputSchema),
  /** One session in full: template snapshot, content, finalization, revision. */
  'sessions.get': method<typeof SessionIdInputSchema, Session>(SessionIdInputSchema),
  /**
   * Autosave: applies changes; `conflict` unless `expectedRev` is current, and for a finalized
   * session unless an amendment with a reason comes with them (recorded with time and summary).
   */
  'sessions.update': method<typeof SessionUpdateInputSchema, Session>(SessionUpdateInputSchema),
  /** Locks the session with a timestamp and SHA-256, or refuses with what is missing (per-item fields). */
  'sessions.finalize': method<typeof SessionFinalizeInputSchema, Session>(
    SessionFinalizeInputSchema,
  ),
  /** Checks the stored content against its stored hash. */
  'sessions.verify': method<typeof SessionIdInputSchema, SessionVerification>(SessionIdInputSchema),
} as const;
