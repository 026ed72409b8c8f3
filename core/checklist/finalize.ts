/**
 * Finalize and amend. A draft changes freely (autosave). Finalizing checks that nothing is
 * missing, then locks the record with a timestamp and the hash of its canonical content. After
 * that the content changes only through an amendment, which records when, why and what changed,
 * and the hash of the content it produced — so the stored hash always verifies against the
 * current content, and the first hash still shows what was finalized.
 *
 * Hashing is injected: the services pass SHA-256 over `canonicalize(content)` (Node crypto);
 * core stays free of Node. Timestamps (`at`) are ISO 8601 strings supplied by the services.
 */
import { AppError } from '../result';
import type { Template } from '../template/template-schema';
import type { SessionContent } from './content-schema';
import { canonicalize } from './content-schema';
import type { ContentUpdate } from './content-update';
import { applyContentChanges } from './content-update';
import { describeChanges } from './describe-changes';
import { missingForFinalize } from './progress';

/** One amendment to a finalized record. */
export interface Amendment {
  at: string;
  reason: string;
  /** One plain line per change. */
  changes: string[];
  /** The hash of the content after this amendment. */
  contentHash: string;
}

/** Where a record stands: draft, or finalized with its hash and amendments. */
export interface Finalization {
  status: 'draft' | 'finalized';
  finalizedAt: string | null;
  /** The hash taken at finalize; never changes afterwards. */
  finalizedHash: string | null;
  /** The hash of the current content (the last amendment's, or the finalized one). */
  contentHash: string | null;
  amendments: Amendment[];
}

/** Turns canonical text into a hash (the services: SHA-256, hex). */
export type HashText = (canonical: string) => string;

/** What finalize and update need from the services besides the record. */
export interface Stamp {
  at: string;
  hash: HashText;
}

/** A record's template snapshot, content and finalization state. */
export interface ChecklistRecord {
  template: Template;
  content: SessionContent;
  finalization: Finalization;
}

/** The state of a new, unfinalized record. */
export function draftFinalization(): Finalization {
  return {
    status: 'draft',
    finalizedAt: null,
    finalizedHash: null,
    contentHash: null,
    amendments: [],
  };
}

/**
 * Applies an update. A draft takes changes directly. A finalized record refuses changes
 * without an amendment (`conflict`) and records an amendment with them; an amendment that
 * changes nothing, or one sent for a draft, is `invalid-input`. Returns the new content and
 * state and the list of what changed; never changes its inputs.
 */
export function applyUpdate(
  record: ChecklistRecord,
  update: ContentUpdate,
  stamp: Stamp,
): ChecklistRecord & { changes: string[] } {
  const { template, content, finalization } = record;
  const finalized = finalization.status === 'finalized';
  if (finalized && !update.amendment) {
    throw new AppError(
      'conflict',
      'This session is finalized. To change it, add an amendment with a reason.',
    );
  }
  if (!finalized && update.amendment)
    throw new AppError('invalid-input', 'Only a finalized session can be amended.');
  const next = applyContentChanges(template, content, update.changes);
  const changes = describeChanges(template, content, next);
  if (!finalized || !update.amendment) return { template, content: next, finalization, changes };
  if (changes.length === 0)
    throw new AppError('invalid-input', 'Nothing changed, so there is nothing to amend.');
  const contentHash = stamp.hash(canonicalize(next));
  const amendment: Amendment = {
    at: stamp.at,
    reason: update.amendment.reason,
    changes,
    contentHash,
  };
  return {
    template,
    content: next,
    finalization: {
      ...finalization,
      contentHash,
      amendments: [...finalization.amendments, amendment],
    },
    changes,
  };
}

/**
 * Finalizes a draft: refuses when already finalized (`conflict`) or when something is missing
 * (`invalid-input`, with a message per missing item keyed by item id), else returns the locked
 * state with the timestamp and the content hash.
 */
export function finalizeRecord(record: ChecklistRecord, stamp: Stamp): Finalization {
  if (record.finalization.status === 'finalized')
    throw new AppError('conflict', 'This session is already finalized.');
  const missing = missingForFinalize(record.template, record.content);
  if (missing.length > 0) {
    const fields = Object.fromEntries(missing.map((m) => [m.itemId, m.message]));
    const noun = missing.length === 1 ? 'One thing is' : `${missing.length} things are`;
    throw new AppError(
      'invalid-input',
      `${noun} still needed before finalizing: ${missing.map((m) => m.label).join(', ')}.`,
      fields,
    );
  }
  const hash = stamp.hash(canonicalize(record.content));
  return {
    status: 'finalized',
    finalizedAt: stamp.at,
    finalizedHash: hash,
    contentHash: hash,
    amendments: [],
  };
}

/** Whether a record's content still matches its stored hash. */
export type Verification = 'draft' | 'verified' | 'mismatch';

/** Checks the current content against the stored hash (a draft has none to check). */
export function verifyRecord(
  record: Pick<ChecklistRecord, 'content' | 'finalization'>,
  hash: HashText,
): Verification {
  if (record.finalization.status === 'draft') return 'draft';
  return record.finalization.contentHash === hash(canonicalize(record.content))
    ? 'verified'
    : 'mismatch';
}
