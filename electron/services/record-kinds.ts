/**
 * Every kind of record the vault holds, and what its in-memory index keeps of each (a summary
 * that lists and searches can use without decrypting the record again). Each area adds its kinds.
 */
import type { SessionRecord } from '../../core/sessions/session';
import { summarizeSession } from '../../core/sessions/session';
import type { StoredDocument } from '../../core/documents/document-record';
import { summarizeDocument } from '../../core/documents/document-record';
import type { Summarizer } from './store/record-index';
import {
  summarizeCrisisLine,
  summarizeReferral,
  summarizeTemplate,
} from './practice/practice-records';

/** The record kinds and their summarizers. */
export const RECORD_KINDS: Readonly<Record<string, Summarizer>> = Object.freeze({
  client: (data) => data,
  session: (data) => summarizeSession(data as SessionRecord),
  referral: summarizeReferral,
  'crisis-line': summarizeCrisisLine,
  template: summarizeTemplate,
  document: (data) => summarizeDocument(data as StoredDocument),
});
