/**
 * Resolving two versions of one session written on two computers. The merged content comes from
 * the clinician's choices per section. A session finalized on either computer stays finalized:
 * whatever the merge changes in the finalized version becomes an amendment with the clinician's
 * reason, exactly as an edit after finalizing on one computer.
 */
import type { SessionContent } from '../checklist/content-schema';
import { canonicalize } from '../checklist/content-schema';
import { describeChanges } from '../checklist/describe-changes';
import type { Finalization, Stamp } from '../checklist/finalize';
import { AppError } from '../result';
import type { Template } from '../template/template-schema';
import { mergeSessionContent, type SectionChoice } from './merge-session-content';

/** One computer's version of a session, as far as resolving needs it. */
export interface SessionVersion {
  content: SessionContent;
  finalization: Finalization;
}

/** The version a merge builds on: the finalized one if any (the one with more amendments if both). */
function baseOf(mine: SessionVersion, theirs: SessionVersion): SessionVersion {
  const mineDone = mine.finalization.status === 'finalized';
  const theirsDone = theirs.finalization.status === 'finalized';
  if (mineDone && theirsDone)
    return theirs.finalization.amendments.length > mine.finalization.amendments.length
      ? theirs
      : mine;
  if (theirsDone) return theirs;
  return mine;
}

/** Whether resolving these two versions makes an amendment (and so needs a reason). */
export function resolvingNeedsReason(mine: SessionVersion, theirs: SessionVersion): boolean {
  return baseOf(mine, theirs).finalization.status === 'finalized';
}

/**
 * The resolved session: merged content, and the finalization of the version it builds on — with
 * an amendment (reason, plain list of changes, new hash) when that version was finalized and the
 * merge changed it. A finalized merge that changes something without a reason is refused.
 */
export function resolveSessionConflict(options: {
  template: Template;
  mine: SessionVersion;
  theirs: SessionVersion;
  choices: Readonly<Record<string, SectionChoice>>;
  reason?: string;
  stamp: Stamp;
}): SessionVersion & { changes: string[] } {
  const { template, mine, theirs, choices, stamp } = options;
  const base = baseOf(mine, theirs);
  const content = mergeSessionContent(template, mine.content, theirs.content, choices);
  const changes = describeChanges(template, base.content, content);
  if (base.finalization.status !== 'finalized' || changes.length === 0) {
    return { content, finalization: base.finalization, changes };
  }
  const reason = options.reason?.trim() ?? '';
  if (reason === '') {
    throw new AppError(
      'invalid-input',
      'This session was finalized, so keeping the other changes is an amendment. Give a reason.',
      { reason: 'Give a reason for the amendment.' },
    );
  }
  const contentHash = stamp.hash(canonicalize(content));
  return {
    content,
    finalization: {
      ...base.finalization,
      contentHash,
      amendments: [...base.finalization.amendments, { at: stamp.at, reason, changes, contentHash }],
    },
    changes,
  };
}
