/** Contract part: two computers keeping one vault in step (status, conflicts, merging). */
import {
  ConflictIdInputSchema,
  ResolveConflictInputSchema,
  type ConflictSummary,
  type ResolvedConflict,
  type SessionConflict,
  type SyncStatus,
} from '../sync/sync-schemas';
import { method, NoInput } from './method';

/** The two-computer methods (they need the vault unlocked). */
export const syncMethods = {
  /** The last change seen from another computer, and how many versions wait to be merged. */
  'sync.status': method<typeof NoInput, SyncStatus>(NoInput),
  /** Records with a version from another computer waiting to be merged (ids only, no content). */
  'sync.conflicts': method<typeof NoInput, ConflictSummary[]>(NoInput),
  /** One session's two versions side by side, with the sections that differ. */
  'sync.conflict': method<typeof ConflictIdInputSchema, SessionConflict>(ConflictIdInputSchema),
  /** Keeps the chosen version of each section (an amendment with a reason for a finalized session). */
  'sync.resolve': method<typeof ResolveConflictInputSchema, ResolvedConflict>(
    ResolveConflictInputSchema,
  ),
} as const;
