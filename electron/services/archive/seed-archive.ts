/**
 * Writes an invented archive into a vault through the real handlers (dispatch: input parsing,
 * template snapshots, finalize with its hash, amendments, audit trail) — for demos
 * (`npm run seed-demo`), the end-to-end tests and the benchmarks. Nothing here is real client data.
 */
import type { ApiOutput, Method } from '../../../core/contract';
import { asksForRisk, iterateSyntheticArchive, seedAmendment, seedChanges, seedTemplateId, type SyntheticClient } from '../../../core/search/synthetic';
import { dispatch } from '../dispatch';
import { createHandlers, type HandlerDeps } from '../handlers';
import { writeFileAtomic } from '../store/atomic-write';

/** The passphrase of demo vaults when none is given (for invented data only). */
export const DEMO_PASSPHRASE = 'demo harbour lantern 2024 moss';

/** What to seed. */
export interface SeedOptions {
  dataDir: string;
  /** How many closing documents in all. */
  sessions: number;
  /** The same seed gives the same archive (default "demo"). */
  seed?: string | number;
  passphrase?: string;
  /**
   * Skip fsync on every write (temp file + rename only). Much faster for large demo archives;
   * a crash while seeding may leave a record unreadable (it would be quarantined). Default true.
   */
  fast?: boolean;
  /** Extra handler dependencies (e.g. cheap scrypt in tests). */
  deps?: Partial<HandlerDeps>;
  /** Called after each document with how many are done. */
  onProgress?: (done: number, total: number) => void;
}

/** What was seeded. */
export interface SeedOutcome {
  clients: number;
  sessions: number;
  finalized: number;
  amended: number;
}

/** Writes the temp file and renames it, without fsync (seeding only). */
const writeWithoutSync = (dir: string, name: string, bytes: Uint8Array) => writeFileAtomic(dir, name, bytes, { flush: 'none' });

function clientInput(client: SyntheticClient) {
  return {
    displayName: client.displayName,
    preferredName: client.preferredName,
    pronouns: client.pronouns,
    recordCode: client.recordCode,
    language: client.language,
    notes: client.notes,
  };
}

/**
 * Creates (or unlocks) the vault in `dataDir` and writes invented clients and their closing
 * documents until `sessions` exist, dated over several years; about 85% are finalized and a
 * few amended. Locks the vault at the end.
 */
export async function seedArchive(options: SeedOptions): Promise<SeedOutcome> {
  const passphrase = options.passphrase ?? DEMO_PASSPHRASE;
  let clock = Date.now();
  const handlers = createHandlers({
    dataDir: options.dataDir,
    now: () => new Date(clock),
    ...((options.fast ?? true) ? { writer: writeWithoutSync } : {}),
    ...options.deps,
  });
  async function call<M extends Method>(method: M, input: unknown = {}): Promise<ApiOutput<M>> {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as ApiOutput<M>;
  }
  const status = await call('vault.status');
  if (status.state === 'absent') await call('vault.create', { passphrase });
  else if (status.state === 'locked') await call('vault.unlock', { passphrase });

  const outcome: SeedOutcome = { clients: 0, sessions: 0, finalized: 0, amended: 0 };
  const at = (day: string, hour: number) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  try {
    for (const { client, sessions } of iterateSyntheticArchive({ seed: options.seed ?? 'demo', sessions: options.sessions })) {
      clock = at(sessions[0]?.date ?? '2020-01-01', 8);
      const created = await call('clients.create', clientInput(client));
      outcome.clients += 1;
      for (const s of sessions) {
        clock = at(s.date, 9);
        const templateId = seedTemplateId(s);
        let session = await call('sessions.create', { clientId: created.id, kind: s.kind, templateId });
        clock = at(s.date, 11);
        session = await call('sessions.update', { id: session.id, expectedRev: session.rev, changes: seedChanges(s, templateId, asksForRisk(session.template)) });
        if (s.status === 'finalized') {
          clock = at(s.date, 12);
          session = await call('sessions.finalize', { id: session.id, expectedRev: session.rev });
          outcome.finalized += 1;
          if (outcome.sessions % 20 === 3) {
            clock = at(s.date, 17);
            const { changes, reason } = seedAmendment(s);
            await call('sessions.update', { id: session.id, expectedRev: session.rev, changes, amendment: { reason } });
            outcome.amended += 1;
          }
        }
        outcome.sessions += 1;
        options.onProgress?.(outcome.sessions, options.sessions);
      }
    }
  } finally {
    await call('vault.lock', { reason: 'user' }).catch(() => undefined);
  }
  return outcome;
}
