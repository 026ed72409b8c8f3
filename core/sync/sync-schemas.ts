/** Inputs and outputs of the two-computer methods: status, conflicts and their resolution. */
import { z } from 'zod';
import { RecordIdSchema } from '../text';
import type { Session } from '../sessions/session';
import type { SyncEngine } from './conflict-copy-name';
import type { SectionDifference } from './merge-session-content';

/** The quiet indicator: the last change seen from another computer, and what waits to be merged. */
export interface SyncStatus {
  /** When a change from another computer last reached this one while unlocked (ISO), or null. */
  lastChangeElsewhereAt: string | null;
  /** Versions from another computer waiting to be merged. */
  conflicts: number;
}

/** One version of a record in a conflict (no content). */
export interface ConflictSide {
  rev: number;
  updatedAt: string | null;
  finalized: boolean;
  /** Whether this computer wrote it (false: the other computer, or unknown). */
  thisComputer: boolean;
}

/** A record with two versions from two computers, as the list shows it (ids only). */
export interface ConflictSummary {
  kind: string;
  id: string;
  /** The client a session belongs to, to find them in the list. */
  clientId: string | null;
  engine: SyncEngine;
  mine: ConflictSide;
  theirs: ConflictSide;
}

/** A session's two versions side by side, for the merge screen. */
export interface SessionConflict {
  mine: Session;
  theirs: Session;
  sections: SectionDifference[];
  /** True when one version is finalized, so keeping the other's changes is an amendment with a reason. */
  needsReason: boolean;
}

/** What resolving a conflict saved. */
export interface ResolvedConflict {
  kind: string;
  id: string;
  rev: number;
}

const SectionChoiceSchema = z.enum(['mine', 'theirs', 'both'], {
  error: 'Choose this computer’s version, the other’s, or both.',
});

/** The kinds of record whose versions can be merged here. */
export const MERGEABLE_KINDS = ['session', 'client'] as const;

/** Input naming one session in conflict. */
export const ConflictIdInputSchema = z.object({ id: RecordIdSchema }).strict();

/**
 * Input resolving a conflict: for a session a choice per section (and the record fields), with a
 * reason when it amends a finalized session; for a client, `choices['@record']` keeps one version.
 */
export const ResolveConflictInputSchema = z
  .object({
    kind: z.enum(MERGEABLE_KINDS).default('session'),
    id: RecordIdSchema,
    choices: z
      .record(z.string().max(64), SectionChoiceSchema)
      .refine((c) => Object.keys(c).length <= 100),
    reason: z.string().max(2000).optional(),
  })
  .strict();
