/**
 * Every kind of record the vault holds, and what its in-memory index keeps of each (a summary
 * that lists and searches can use without decrypting the record again). Each area adds its kinds.
 */
import type { Session } from '../../core/sessions/session';
import { summarizeSession } from '../../core/sessions/session';
import type { Summarizer } from './store/record-index';

/** The record kinds and their summarizers. */
export const RECORD_KINDS: Readonly<Record<string, Summarizer>> = Object.freeze({
  client: (data) => data,
  session: (data) => summarizeSession(data as Session),
});
