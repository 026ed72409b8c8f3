/** The sessions and templates methods, over the open vault's encrypted records. */
import {
  applyContentChanges,
  applyUpdate,
  draftFinalization,
  finalizeRecord,
  newSessionContent,
  verifyRecord,
} from '../../core/checklist';
import { prefillSessionContent, type SessionDefaults } from '../../core/checklist/prefill';
import type { Handlers } from '../../core/contract';
import type { sessionMethods } from '../../core/contract-parts/sessions';
import { AppError } from '../../core/result';
import type { DocumentKind, SessionRecord, SessionSummary } from '../../core/sessions/session';
import { toSession } from '../../core/sessions/session';
import { DEFAULT_TEMPLATE_ID, UNPLANNED_TEMPLATE_ID, snapshotTemplate } from '../../core/template';
import {
  DEFAULT_OUTREACH_PLAN,
  type OutreachPlan,
  withOutreachGuidance,
} from '../../core/settings/outreach-plan';
import type { HandlerContext } from './handler-context';
import { resolveTemplate } from './sessions/built-in-templates';
import { sha256Hex } from './sessions/content-hash';
import type { RecordIndex } from './store/record-index';
import { newRecordId } from './store/record-store';
import { auditNow } from './vault/open-vault';

type SessionHandlers = Pick<Handlers, keyof typeof sessionMethods>;

/** The template used when none is chosen: a closure letter uses Unplanned ending; otherwise the clinician's default. */
function defaultTemplateId(context: HandlerContext, kind: DocumentKind): string {
  if (kind === 'closure-letter') return UNPLANNED_TEMPLATE_ID;
  try {
    return context.settings().get().defaultTemplateId || DEFAULT_TEMPLATE_ID;
  } catch {
    return DEFAULT_TEMPLATE_ID;
  }
}

/** The clinician's defaults a new session starts from; none when the settings cannot be read. */
function sessionDefaults(context: HandlerContext): SessionDefaults {
  try {
    return { returnPolicy: context.settings().get().handout.returnPolicy };
  } catch {
    return { returnPolicy: '' };
  }
}

/** The clinician's outreach plan for unplanned endings; the default when the settings cannot be read. */
function outreachPlan(context: HandlerContext): OutreachPlan {
  try {
    return context.settings().get().outreachPlan;
  } catch {
    return { ...DEFAULT_OUTREACH_PLAN };
  }
}

/** Reads a session record at the expected revision, or throws `not-found` / `conflict`. */
async function readAtRev(
  index: RecordIndex,
  id: string,
  expectedRev: number,
): Promise<SessionRecord> {
  if (!index.summary<SessionSummary>('session', id))
    throw new AppError('not-found', 'That session does not exist.');
  if (index.rev('session', id) !== expectedRev) {
    throw new AppError('conflict', 'This session was changed elsewhere. Reload it and try again.');
  }
  const envelope = await index.get<SessionRecord>('session', id);
  return { ...envelope.data, rev: envelope.rev };
}

/**
 * Writes the next revision and re-indexes it for search. The search index is updated while the
 * write waits on the disk (the CPU work overlaps the fsyncs, which keeps autosave fast); if the
 * write fails, the previous revision is indexed again so search never shows unsaved text.
 */
async function saveAndIndex(
  index: RecordIndex,
  archive: HandlerContext['archive'],
  record: SessionRecord,
  previous: SessionRecord,
): Promise<number> {
  const saving = index.save('session', record.id, record, previous.rev);
  const indexed = new Promise<void>((resolve) =>
    setImmediate(() => resolve(archive.sessionSaved(record))),
  );
  try {
    return (await saving).rev;
  } catch (cause) {
    await indexed;
    archive.sessionSaved(previous);
    throw cause;
  } finally {
    await indexed;
  }
}

/** Creates the sessions and templates methods; session methods answer `locked` while the vault is locked. */
export function createSessionHandlers(context: HandlerContext): SessionHandlers {
  const { vault, now, resourcesDir } = context;
  return {
    'sessions.create': ({ clientId, kind, templateId }) =>
      vault.use(async (open) => {
        if (!open.index.summary('client', clientId))
          throw new AppError('not-found', 'That client does not exist.');
        // A chosen template must exist; a default that no longer does falls back to Planned ending.
        // The guidance names the clinician's outreach plan (Settings), not the template's default.
        const template = withOutreachGuidance(
          snapshotTemplate(
            templateId
              ? await resolveTemplate(resourcesDir, open.index, templateId)
              : await resolveTemplate(
                  resourcesDir,
                  open.index,
                  defaultTemplateId(context, kind),
                ).catch(() => resolveTemplate(resourcesDir, open.index, DEFAULT_TEMPLATE_ID)),
          ),
          outreachPlan(context),
        );
        const content = prefillSessionContent(
          template,
          newSessionContent(template),
          sessionDefaults(context),
        );
        if (kind === 'closure-letter')
          content.reasonForEnding = { code: 'stopped-attending', otherText: '' };
        const stamp = now().toISOString();
        const record: SessionRecord = {
          id: newRecordId(),
          rev: 1,
          clientId,
          kind,
          template,
          content,
          finalization: draftFinalization(),
          createdAt: stamp,
          updatedAt: stamp,
        };
        const saved = await open.index.save('session', record.id, record, 0);
        context.archive.sessionSaved({ ...record, rev: saved.rev });
        await auditNow(open, now, {
          type: 'session-created',
          recordKind: 'session',
          recordId: record.id,
        });
        return toSession({ ...record, rev: saved.rev });
      }),

    'sessions.get': ({ id }) =>
      vault.use(async ({ index }) => {
        if (!index.summary('session', id))
          throw new AppError('not-found', 'That session does not exist.');
        const envelope = await index.get<SessionRecord>('session', id);
        return toSession({ ...envelope.data, rev: envelope.rev });
      }),

    'sessions.update': ({ id, expectedRev, changes, amendment }) =>
      vault.use(async (open) => {
        const current = await readAtRev(open.index, id, expectedRev);
        const at = now().toISOString();
        // A draft takes changes directly (autosave only sends what changed); a finalized record
        // goes through applyUpdate, which refuses changes without an amendment and records it.
        const next =
          current.finalization.status === 'draft' && !amendment
            ? {
                content: applyContentChanges(current.template, current.content, changes),
                finalization: current.finalization,
              }
            : applyUpdate(
                current,
                { changes, ...(amendment ? { amendment } : {}) },
                { at, hash: sha256Hex },
              );
        const record: SessionRecord = {
          ...current,
          content: next.content,
          finalization: next.finalization,
          rev: expectedRev + 1,
          updatedAt: at,
        };
        const saved = await saveAndIndex(open.index, context.archive, record, current);
        if (amendment)
          await auditNow(open, now, {
            type: 'session-amended',
            recordKind: 'session',
            recordId: id,
          });
        return toSession({ ...record, rev: saved });
      }),

    'sessions.finalize': ({ id, expectedRev }) =>
      vault.use(async (open) => {
        const current = await readAtRev(open.index, id, expectedRev);
        const at = now().toISOString();
        const finalization = finalizeRecord(current, { at, hash: sha256Hex });
        const record: SessionRecord = {
          ...current,
          finalization,
          rev: expectedRev + 1,
          updatedAt: at,
        };
        const saved = await open.index.save('session', id, record, expectedRev);
        context.archive.sessionSaved({ ...record, rev: saved.rev });
        await auditNow(open, now, {
          type: 'session-finalized',
          recordKind: 'session',
          recordId: id,
        });
        return toSession({ ...record, rev: saved.rev });
      }),

    'sessions.verify': ({ id }) =>
      vault.use(async ({ index }) => {
        if (!index.summary('session', id))
          throw new AppError('not-found', 'That session does not exist.');
        const { data } = await index.get<SessionRecord>('session', id);
        return verifyRecord(data, sha256Hex);
      }),
  };
}
