/**
 * The two-computer methods: the quiet status, the list of versions waiting to be merged, one
 * session's two versions side by side, and resolving them. Identical copies are removed without
 * asking; a record deleted here but changed on the other computer comes back (nothing is lost).
 */
import type { Handlers } from '../../core/contract';
import type { Client } from '../../core/clients/client';
import { AppError } from '../../core/result';
import { toSession, type SessionRecord } from '../../core/sessions/session';
import { sameJson } from '../../core/sync/merge-answers';
import { RECORD_FIELDS, sectionDifferences } from '../../core/sync/merge-session-content';
import {
  resolveSessionConflict,
  resolvingNeedsReason,
} from '../../core/sync/resolve-session-conflict';
import { MERGEABLE_KINDS, type ConflictSummary } from '../../core/sync/sync-schemas';
import type { HandlerContext } from './handler-context';
import { sha256Hex } from './sessions/content-hash';
import type { RecordEnvelope } from './store/record-codec';
import {
  type ConflictCopyFile,
  listConflictCopies,
  readConflictCopy,
  removeConflictCopy,
} from './sync/conflict-copies';
import type { SyncService } from './sync/sync-service';
import { auditNow, type OpenVault } from './vault/open-vault';

type SyncMethods = Pick<
  Handlers,
  'sync.status' | 'sync.conflicts' | 'sync.conflict' | 'sync.resolve'
>;

interface Pending {
  copy: ConflictCopyFile;
  mine: RecordEnvelope;
  theirs: RecordEnvelope;
}

/** Creates the two-computer methods over one vault session and its watcher. */
export function createSyncHandlers(context: HandlerContext, sync: SyncService): SyncMethods {
  const { vault, now, archive } = context;
  const deviceIdOf = (open: OpenVault) => open.deviceId;

  /** Versions waiting to be merged; tidies identical copies and brings back deleted records. */
  async function pending(open: OpenVault): Promise<Pending[]> {
    const recordsDir = vault.options.paths.records;
    const out: Pending[] = [];
    for (const copy of await listConflictCopies(recordsDir, MERGEABLE_KINDS)) {
      const theirs = await readConflictCopy(recordsDir, open.codec, copy);
      if (!theirs) continue; // still arriving: offered once it can be read
      if (open.index.rev(copy.kind, copy.id) === 0) {
        // Deleted here, changed there: the change wins, as a new record under its own id.
        await open.index.save(copy.kind, copy.id, theirs.data, 0);
        await removeConflictCopy(recordsDir, copy);
        continue;
      }
      const mine = await open.index.get(copy.kind, copy.id);
      if (sameJson(mine.data, theirs.data)) {
        await removeConflictCopy(recordsDir, copy);
        continue;
      }
      out.push({ copy, mine, theirs });
    }
    return out;
  }

  async function findPending(open: OpenVault, kind: string, id: string): Promise<Pending> {
    const found = (await pending(open)).find((p) => p.copy.kind === kind && p.copy.id === id);
    if (!found)
      throw new AppError('not-found', 'There is no other version of this record to merge.');
    return found;
  }

  function side(open: OpenVault, envelope: RecordEnvelope) {
    const data = envelope.data as Partial<SessionRecord & Client>;
    return {
      rev: envelope.rev,
      updatedAt: typeof data.updatedAt === 'string' ? data.updatedAt : null,
      finalized: data.finalization?.status === 'finalized',
      thisComputer: envelope.device !== undefined && envelope.device === deviceIdOf(open),
    };
  }

  return {
    'sync.status': () =>
      vault.use(async (open) => ({
        lastChangeElsewhereAt: sync.lastChangeElsewhereAt(),
        conflicts: (await pending(open)).length,
      })),
    'sync.conflicts': () =>
      vault.use(async (open) =>
        (await pending(open)).map(({ copy, mine, theirs }): ConflictSummary => ({
          kind: copy.kind,
          id: copy.id,
          clientId:
            copy.kind === 'session' ? ((mine.data as SessionRecord).clientId ?? null) : copy.id,
          engine: copy.engine,
          mine: side(open, mine),
          theirs: side(open, theirs),
        })),
      ),
    'sync.conflict': ({ id }) =>
      vault.use(async (open) => {
        const { mine, theirs } = await findPending(open, 'session', id);
        const a = toSession({ ...(mine.data as SessionRecord), rev: mine.rev });
        const b = toSession({ ...(theirs.data as SessionRecord), rev: theirs.rev });
        return {
          mine: a,
          theirs: b,
          sections: sectionDifferences(a.template, a.content, b.content),
          needsReason: resolvingNeedsReason(a, b),
        };
      }),
    'sync.resolve': ({ kind, id, choices, reason }) =>
      vault.use(async (open) => {
        await open.audit.ensureWritable();
        const { copy, mine, theirs } = await findPending(open, kind, id);
        const at = now().toISOString();
        let data: unknown;
        if (kind === 'session') {
          const a = mine.data as SessionRecord;
          const b = theirs.data as SessionRecord;
          const resolved = resolveSessionConflict({
            template: a.template,
            mine: a,
            theirs: b,
            choices,
            ...(reason !== undefined ? { reason } : {}),
            stamp: { at, hash: sha256Hex },
          });
          data = {
            ...a,
            content: resolved.content,
            finalization: resolved.finalization,
            updatedAt: at,
          };
        } else {
          const keep = choices[RECORD_FIELDS];
          if (keep !== 'mine' && keep !== 'theirs')
            throw new AppError('invalid-input', 'Choose which version of this client to keep.');
          data = { ...((keep === 'mine' ? mine : theirs).data as object), updatedAt: at };
        }
        const saved = await open.index.save(kind, id, data, mine.rev);
        await removeConflictCopy(vault.options.paths.records, copy);
        if (kind === 'session')
          archive.sessionSaved({ ...(saved.data as SessionRecord), rev: saved.rev });
        else archive.clientSaved(saved.data as Client);
        await auditNow(open, now, { type: 'conflict-resolved', recordKind: kind, recordId: id });
        return { kind, id, rev: saved.rev };
      }),
  };
}
