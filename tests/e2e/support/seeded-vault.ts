/**
 * Seeded demo vaults for the end-to-end tests, cached under node_modules/.cache so a large one
 * (10,000 sessions) is written once per change of the code that shapes it: the cache key is a
 * hash of the seed options and of the files that decide the records and the stored archive
 * index. A test gets its own copy of the vault folder and of the computer's cache folder; the
 * record files in it are hard links to the cached ones (a record is never changed in place: every
 * write is a new file renamed over the old name, so the cached copy cannot change), which takes a
 * fraction of the time of copying 17,000 files.
 */
import { createHash } from 'node:crypto';
import { cp, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedArchive } from '../../../electron/services/archive/seed-archive';
import { mapPool } from '../../../electron/services/store/map-pool';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Files whose change must re-seed a cached vault (record building, index layout, folding, record format). */
const SHAPING_FILES = [
  'core/search/synthetic/generate-archive.ts',
  'core/search/synthetic/seed-records.ts',
  'core/search/synthetic/clinical-text.ts',
  'core/search/synthetic/name-pools.ts',
  'core/search/synthetic/referral-directory.ts',
  'core/search/archive-index.ts',
  'core/search/packed-document.ts',
  'core/search/packed-engine.ts',
  'core/search/packed-postings.ts',
  'core/search/search-document.ts',
  'core/search/session-document.ts',
  'core/search/fold.ts',
  'core/search/tokenize.ts',
  'electron/services/archive/seed-archive.ts',
  'electron/services/archive/binary-sections.ts',
  'electron/services/archive/brotli-text.ts',
  'electron/services/archive/string-columns.ts',
  'electron/services/archive/stored-index.ts',
  'electron/services/store/record-codec.ts',
  'electron/services/vault/record-cipher.ts',
  'electron/services/vault/vault-header.ts',
  'electron/services/vault/vault-paths.ts',
  'resources/templates/planned-ending.json',
  'resources/templates/brief-ending.json',
];

async function cacheKey(options: object): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const file of SHAPING_FILES)
    hash.update(await readFile(join(root, file)).catch(() => Buffer.from(file)));
  return hash.digest('hex').slice(0, 16);
}

/** Hard-links every record file of `from` (one folder per kind) into `to`, copying where linking is refused. */
async function linkRecords(from: string, to: string): Promise<void> {
  for (const kind of await readdir(from)) {
    await mkdir(join(to, kind), { recursive: true });
    await mapPool(await readdir(join(from, kind)), 64, async (name) => {
      const source = join(from, kind, name);
      const target = join(to, kind, name);
      await link(source, target).catch(() => cp(source, target));
    });
  }
}

/** Puts a seeded vault (seeded once, then copied from the cache) into `dataDir`. */
export async function seededVault(
  dataDir: string,
  options: {
    sessions: number;
    seed: string;
    passphrase: string;
    scrypt: { N: number; r: number; p: number };
  },
): Promise<void> {
  const key = await cacheKey(options);
  const cached = join(
    root,
    'node_modules',
    '.cache',
    'closing-session-e2e',
    `vault-${options.sessions}-${key}`,
  );
  const ready = await stat(join(cached, 'vault')).then(
    () => true,
    () => false,
  );
  if (!ready) {
    const building = `${cached}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    await mkdir(building, { recursive: true });
    await seedArchive({
      dataDir: building,
      sessions: options.sessions,
      seed: options.seed,
      passphrase: options.passphrase,
      deps: { scrypt: options.scrypt },
    });
    await rename(building, cached).catch(() => rm(building, { recursive: true, force: true }));
  }
  await cp(join(cached, 'vault'), join(dataDir, 'vault'), {
    recursive: true,
    // The records folder is linked below, file by file.
    filter: (source) => source !== join(cached, 'vault', 'records'),
  });
  await linkRecords(join(cached, 'vault', 'records'), join(dataDir, 'vault', 'records'));
  // This computer's caches (the stored archive index above all) live beside the vault.
  await cp(join(cached, 'local-cache'), join(dataDir, 'local-cache'), { recursive: true });
}
