/** The archive lookup methods, over the one in-memory archive index of this process. */
import type { Handlers } from '../../core/contract';
import type { ClientWithoutEnding } from '../../core/contract-parts/archive';
import type { archiveMethods } from '../../core/contract-parts/archive';
import type { Client } from '../../core/clients/client';
import { AppError } from '../../core/result';
import type { SessionRecord, SessionSummary } from '../../core/sessions/session';
import { toSession } from '../../core/sessions/session';
import type { HandlerContext } from './handler-context';

type ArchiveHandlers = Pick<Handlers, keyof typeof archiveMethods>;

/** Creates the archive methods; every one answers `locked` while the vault is locked. */
export function createArchiveHandlers({ vault, archive }: HandlerContext): ArchiveHandlers {
  return {
    'archive.search': ({ text, filters, sort, limit, offset }) =>
      vault.use(async () => {
        await archive.whenLoaded();
        archive.flush();
        return archive.index.search({ text, filters, limit, offset, ...(sort ? { sort } : {}) });
      }),

    'archive.progress': () =>
      vault.use(async () => {
        await archive.whenLoaded();
        archive.flush();
        return archive.index.progress();
      }),

    'archive.filterOptions': () =>
      vault.use(async () => {
        await archive.whenLoaded();
        archive.flush();
        return archive.index.filterOptions();
      }),

    'archive.document': ({ sessionId }) =>
      vault.use(async ({ index }) => {
        if (!index.summary('session', sessionId))
          throw new AppError('not-found', 'That document does not exist.');
        const envelope = await index.get<SessionRecord>('session', sessionId);
        const client = index.summary<Client>('client', envelope.data.clientId);
        if (!client) throw new AppError('not-found', 'The client of that document does not exist.');
        return {
          session: toSession({ ...envelope.data, rev: envelope.rev }),
          client: { ...client },
        };
      }),

    'archive.clientsWithoutEnding': () =>
      vault.use(async ({ index }) => {
        const sessions = new Set<string>();
        const letters = new Map<string, string>();
        for (const s of index.summaries<SessionSummary>('session')) {
          if (s.kind === 'closing-session') sessions.add(s.clientId);
          else if (!letters.has(s.clientId)) letters.set(s.clientId, s.id);
        }
        const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
        return index
          .summaries<Client>('client')
          .filter((c) => !sessions.has(c.id))
          .sort((a, b) => collator.compare(a.displayName, b.displayName))
          .map((c): ClientWithoutEnding => ({
            client: { ...c },
            closureLetterId: letters.get(c.id) ?? null,
          }));
      }),
  };
}
