/** The sessions methods, over the open vault's encrypted records. */
import type { Handlers } from '../../core/contract';
import type { sessionMethods } from '../../core/contract-parts/sessions';
import { AppError } from '../../core/result';
import type { Session, SessionSummary } from '../../core/sessions/session';
import { emptyContent } from '../../core/sessions/session';
import type { HandlerContext } from './handler-context';
import { newRecordId } from './store/record-store';
import { auditNow } from './vault/open-vault';

type SessionHandlers = Pick<Handlers, keyof typeof sessionMethods>;

/** Creates the sessions methods; every one answers `locked` while the vault is locked. */
export function createSessionHandlers({ vault, now }: HandlerContext): SessionHandlers {
  return {
    'sessions.create': ({ clientId, kind }) =>
      vault.use(async (open) => {
        if (!open.index.summary('client', clientId)) throw new AppError('not-found', 'That client does not exist.');
        const stamp = now().toISOString();
        const session: Session = { id: newRecordId(), rev: 1, clientId, kind, status: 'draft', content: emptyContent(), createdAt: stamp, updatedAt: stamp };
        await open.index.save('session', session.id, session, 0);
        await auditNow(open, now, { type: 'session-created', recordKind: 'session', recordId: session.id });
        return session;
      }),

    'sessions.get': ({ id }) =>
      vault.use(async ({ index }) => {
        const envelope = await index.get<Session>('session', id);
        return { ...envelope.data, rev: envelope.rev };
      }),

    'sessions.save': ({ id, expectedRev, content }) =>
      vault.use(async ({ index }) => {
        const summary = index.summary<SessionSummary>('session', id);
        if (!summary) throw new AppError('not-found', 'That session does not exist.');
        if (summary.status !== 'draft') throw new AppError('conflict', 'This session is finalized; changes to it are amendments.');
        if (index.rev('session', id) !== expectedRev) throw new AppError('conflict', 'This session was changed elsewhere. Reload it and try again.');
        const current = (await index.get<Session>('session', id)).data;
        const next: Session = { ...current, rev: expectedRev + 1, content, updatedAt: now().toISOString() };
        const saved = await index.save('session', id, next, expectedRev);
        return { ...next, rev: saved.rev };
      }),
  };
}
