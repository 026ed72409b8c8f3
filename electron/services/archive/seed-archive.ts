/**
 * Writes an invented archive into a vault — for demos (`npm run seed-demo`), the end-to-end tests
 * and the benchmarks. Nothing here is real client data. Fast: each record is built in memory with
 * the same core steps the handlers take (template snapshot, answers, finalize with its hash, an
 * occasional amendment; core/search/synthetic/seed-records.ts) and written once through the
 * vault's record index and store, in the real encrypted record format. In this seeding mode a
 * batch of records is written without a flush each and their folders are flushed once per batch
 * (with `fast: false`, each file is flushed too). The archive index is built as records are
 * written and stored at the end, so the first unlock loads it instead of rebuilding it. No audit
 * events are written for seeded records (the vault's creation and unlock are audited as usual).
 */
import { join } from 'node:path';
import type { Client } from '../../../core/clients/client';
import {
  iterateSyntheticArchive,
  syntheticClientRecord,
  syntheticSessionRecord,
  type SyntheticRecordOptions,
} from '../../../core/search/synthetic';
import type { HandlerDeps } from '../handlers';
import { RECORD_KINDS } from '../record-kinds';
import { syncDir, writeFileAtomic } from '../store/atomic-write';
import type { AtomicWriter } from '../store/record-store';
import { THROTTLE_FILE_NAME } from '../vault/throttle-file';
import { vaultPaths } from '../vault/vault-paths';
import { VaultSession } from '../vault/vault-session';
import { ArchiveService } from './archive-service';
import { syntheticRecordOptions } from './synthetic-options';

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
   * Skip the fsync of each record file (temp file + rename; folders are still flushed once per
   * batch). A crash while seeding may leave a record unreadable (it would be quarantined). Default true.
   */
  fast?: boolean;
  /** Extra dependencies (e.g. cheap scrypt in tests; `resourcesDir` for the templates). */
  deps?: Partial<Pick<HandlerDeps, 'scrypt' | 'resourcesDir'>>;
  /** Called after each batch with how many documents are done. */
  onProgress?: (done: number, total: number) => void;
}

/** What was seeded. */
export interface SeedOutcome {
  clients: number;
  sessions: number;
  finalized: number;
  amended: number;
}

/** Records written between two folder flushes. */
const SEED_BATCH = 200;

/** Every amendment index: the fourth finalized session in each twenty (as the handler-driven seeder did). */
const amends = (finalizedSoFar: number): boolean => finalizedSoFar % 20 === 3;

/**
 * Creates (or unlocks) the vault in `dataDir` and writes invented clients and their closing
 * documents until `sessions` exist, dated over several years; about 85% are finalized and a
 * few amended. Locks the vault at the end (which stores the archive index and summary cache).
 */
export async function seedArchive(options: SeedOptions): Promise<SeedOutcome> {
  const passphrase = options.passphrase ?? DEMO_PASSPHRASE;
  const paths = vaultPaths(options.dataDir);
  const fast = options.fast ?? true;
  const writer: AtomicWriter = (dir, name, bytes) =>
    writeFileAtomic(dir, name, bytes, { flush: fast ? 'none' : 'file' });
  const vault = new VaultSession({
    paths,
    kinds: RECORD_KINDS,
    now: () => new Date(),
    writer,
    throttleFile: join(options.dataDir, THROTTLE_FILE_NAME),
    ...(options.deps?.scrypt ? { scrypt: options.deps.scrypt } : {}),
  });
  const archive = new ArchiveService(vault);
  const records: SyntheticRecordOptions = await syntheticRecordOptions(options.deps?.resourcesDir);
  const status = await vault.status();
  if (status.state === 'absent') await vault.create(passphrase);
  else await vault.unlock(passphrase);

  const outcome: SeedOutcome = { clients: 0, sessions: 0, finalized: 0, amended: 0 };
  try {
    await vault.use(async (open) => {
      await archive.whenBuilt();
      const flushFolders = () =>
        Promise.all(['client', 'session'].map((kind) => syncDir(join(paths.records, kind))));
      let batch: Promise<unknown>[] = [];
      for (const { client, sessions } of iterateSyntheticArchive({
        seed: options.seed ?? 'demo',
        sessions: options.sessions,
      })) {
        const stored: Client = syntheticClientRecord(client, sessions[0]?.date ?? '2020-01-01');
        const savingClient = open.index.save('client', stored.id, stored, 0);
        batch.push(savingClient);
        outcome.clients += 1;
        for (const s of sessions) {
          const amend = s.status === 'finalized' && amends(outcome.finalized);
          const record = { ...syntheticSessionRecord(s, stored.id, records, amend), rev: 1 };
          if (s.status === 'finalized') outcome.finalized += 1;
          if (amend) outcome.amended += 1;
          batch.push(
            savingClient
              .then(() => open.index.save('session', record.id, record, 0))
              .then(() => archive.sessionSaved(record)),
          );
          outcome.sessions += 1;
        }
        if (batch.length >= SEED_BATCH) {
          await Promise.all(batch);
          batch = [];
          await flushFolders();
          archive.flush();
          options.onProgress?.(outcome.sessions, options.sessions);
        }
      }
      await Promise.all(batch);
      await flushFolders();
      archive.flush();
      options.onProgress?.(outcome.sessions, options.sessions);
    });
  } finally {
    await vault.lock('user');
  }
  return outcome;
}
