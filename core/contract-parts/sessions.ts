/** Contract part: closing sessions and their templates. */
import type { Session } from '../sessions/session';
import { SessionCreateInputSchema, SessionIdInputSchema, SessionSaveInputSchema } from '../sessions/session';
import { method } from './method';

/** The sessions methods. */
export const sessionMethods = {
  'sessions.create': method<typeof SessionCreateInputSchema, Session>(SessionCreateInputSchema),
  'sessions.get': method<typeof SessionIdInputSchema, Session>(SessionIdInputSchema),
  /** Autosave: replaces a draft session's content; `conflict` unless `expectedRev` is current. */
  'sessions.save': method<typeof SessionSaveInputSchema, Session>(SessionSaveInputSchema),
} as const;
