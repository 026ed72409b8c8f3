import type { ClientOverview, Handlers } from '../../core/contract';
import type { Client } from '../../core/clients/client';
import { directionOf } from '../../core/clients/languages';
import type { Session } from '../../core/sessions/session';
import { summarizeSession } from '../../core/sessions/session';
import { AppError } from '../../core/result';
import { jsonCodec } from './store/json-codec';
import { newRecordId, RecordStore } from './store/record-store';
import { join } from 'node:path';

/** What the handlers need from the outside world. */
export interface HandlerDeps {
  /** The folder that holds all of this clinician's data. */
  dataDir: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

const KINDS = ['client', 'session'] as const;

/** Creates the implementation of every contract method over the data folder. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const store = new RecordStore(join(deps.dataDir, 'records'), jsonCodec);
  let opened: Promise<unknown> | undefined;
  const ready = () => (opened ??= store.open(KINDS));

  async function getClient(id: string): Promise<Client> {
    await ready();
    return (await store.get<Client>('client', id)).data;
  }

  return {
    async 'clients.list'() {
      await ready();
      const [clients, sessions] = await Promise.all([store.list<Client>('client'), store.list<Session>('session')]);
      const byClient = new Map<string, Session[]>();
      for (const { data } of sessions.records) {
        const list = byClient.get(data.clientId) ?? [];
        list.push(data);
        byClient.set(data.clientId, list);
      }
      const overview: ClientOverview[] = clients.records.map(({ data: client }) => ({
        client,
        documents: (byClient.get(client.id) ?? [])
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map(summarizeSession),
      }));
      const lastActivity = (o: ClientOverview) => o.documents[0]?.updatedAt ?? o.client.updatedAt;
      return overview.sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)));
    },

    async 'clients.get'({ id }) {
      return getClient(id);
    },

    async 'clients.create'(input) {
      await ready();
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
        createdAt: stamp,
        updatedAt: stamp,
      };
      const saved = await store.put('client', client.id, client, 0);
      return { ...client, rev: saved.rev };
    },

    async 'sessions.create'({ clientId, kind }) {
      await ready();
      if (!(await store.has('client', clientId))) throw new AppError('not-found', 'That client does not exist.');
      const stamp = now().toISOString();
      const session: Session = {
        id: newRecordId(),
        rev: 1,
        clientId,
        kind,
        status: 'draft',
        createdAt: stamp,
        updatedAt: stamp,
      };
      const saved = await store.put('session', session.id, session, 0);
      return { ...session, rev: saved.rev };
    },

    async 'sessions.get'({ id }) {
      await ready();
      return (await store.get<Session>('session', id)).data;
    },
  };
}
