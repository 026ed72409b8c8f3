/** The clients and sessions methods, over the open vault's encrypted records. */
import type { ClientOverview, Handlers } from '../../core/contract';
import type { Client } from '../../core/clients/client';
import { directionOf } from '../../core/clients/languages';
import { AppError } from '../../core/result';
import type { Session, SessionSummary } from '../../core/sessions/session';
import { emptyContent, summarizeSession } from '../../core/sessions/session';
import type { Summarizer } from './store/record-index';
import { newRecordId } from './store/record-store';
import { auditNow } from './vault/open-vault';
import type { VaultSession } from './vault/vault-session';

/** The record kinds the vault holds, and what the in-memory index keeps of each. */
export const RECORD_KINDS: Readonly<Record<string, Summarizer>> = Object.freeze({
  client: (data) => data,
  session: (data) => summarizeSession(data as Session),
});

type RecordMethods = Pick<Handlers, 'clients.list' | 'clients.get' | 'clients.create' | 'sessions.create' | 'sessions.get' | 'sessions.save'>;

/** Creates the clients and sessions methods; every one answers `locked` while the vault is locked. */
export function createRecordHandlers(vault: VaultSession, now: () => Date): RecordMethods {
  return {
    'clients.list': () =>
      vault.use(async ({ index }) => {
        const byClient = new Map<string, SessionSummary[]>();
        for (const summary of index.summaries<SessionSummary>('session')) {
          const list = byClient.get(summary.clientId);
          if (list) list.push(summary);
          else byClient.set(summary.clientId, [summary]);
        }
        const overview: ClientOverview[] = index.summaries<Client>('client').map((client) => ({
          client: { ...client },
          documents: (byClient.get(client.id) ?? []).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((s) => ({ ...s })),
        }));
        const lastActivity = (o: ClientOverview) => o.documents[0]?.updatedAt ?? o.client.updatedAt;
        return overview.sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)));
      }),

    'clients.get': ({ id }) =>
      vault.use(async ({ index }) => {
        const client = index.summary<Client>('client', id);
        if (!client) throw new AppError('not-found', 'That client does not exist.');
        return { ...client };
      }),

    'clients.create': (input) =>
      vault.use(async (open) => {
        const stamp = now().toISOString();
        const client: Client = {
          id: newRecordId(),
          rev: 1,
          displayName: input.displayName,
          preferredName: input.preferredName,
          pronouns: input.pronouns,
          recordCode: input.recordCode,
          language: input.language,
          direction: directionOf(input.language),
          notes: input.notes,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await open.index.save('client', client.id, client, 0);
        await auditNow(open, now, { type: 'client-created', recordKind: 'client', recordId: client.id });
        return client;
      }),

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
