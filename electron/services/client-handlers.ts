/** The clients methods, over the open vault's encrypted records. */
import type { ClientOverview, Handlers } from '../../core/contract';
import type { Client } from '../../core/clients/client';
import { directionOf } from '../../core/clients/languages';
import type { clientMethods } from '../../core/contract-parts/clients';
import { AppError } from '../../core/result';
import type { SessionSummary } from '../../core/sessions/session';
import type { HandlerContext } from './handler-context';
import { newRecordId } from './store/record-store';
import { auditNow } from './vault/open-vault';

type ClientHandlers = Pick<Handlers, keyof typeof clientMethods>;

/** Creates the clients methods; every one answers `locked` while the vault is locked. */
export function createClientHandlers({
  vault,
  now,
  archive,
  settings,
}: HandlerContext): ClientHandlers {
  /** The practice's crisis-line region, the default for a new client ('' if the settings cannot be read). */
  const practiceRegion = (): string => {
    try {
      return settings().get().crisisRegion;
    } catch {
      return '';
    }
  };
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
          documents: (byClient.get(client.id) ?? [])
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((s) => ({ ...s })),
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
          region: input.region || practiceRegion(),
          ageGroup: input.ageGroup,
          notes: input.notes,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await open.index.save('client', client.id, client, 0);
        archive.clientSaved(client);
        await auditNow(open, now, {
          type: 'client-created',
          recordKind: 'client',
          recordId: client.id,
        });
        return client;
      }),

    'clients.setHandoutLanguage': ({ id, language }) =>
      vault.use(async (open) => {
        if (!open.index.summary<Client>('client', id))
          throw new AppError('not-found', 'That client does not exist.');
        const { data, rev } = await open.index.get<Client>('client', id);
        if (data.language === language) return { ...data, rev };
        const client: Client = {
          ...data,
          rev: rev + 1,
          language,
          direction: directionOf(language),
          updatedAt: now().toISOString(),
        };
        const saved = await open.index.save('client', id, client, rev);
        archive.clientSaved({ ...client, rev: saved.rev });
        await auditNow(open, now, { type: 'client-updated', recordKind: 'client', recordId: id });
        return { ...client, rev: saved.rev };
      }),
  };
}
