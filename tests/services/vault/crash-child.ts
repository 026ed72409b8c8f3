/**
 * Child process for the crash test: unlocks the vault through the real handlers and saves
 * sessions in a loop, each save a new version whose content is a pure function of its number,
 * until the parent kills it with SIGKILL. Prints "ready" once writing starts.
 */
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { versionChanges } from './crash-content';

const dataDir = process.env.CRASH_DATA_DIR as string;
const passphrase = process.env.CRASH_PASSPHRASE as string;
const handlers = createHandlers({ dataDir, scrypt: { N: 2 ** 10, r: 8, p: 1 } });

async function main(): Promise<void> {
  const unlocked = await dispatch(handlers, 'vault.unlock', { passphrase });
  if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.code}`);
  const list = await dispatch(handlers, 'clients.list', {});
  if (!list.ok) throw new Error('list failed');
  const ids = (list.value as { documents: { id: string }[] }[]).flatMap((o) =>
    o.documents.map((d) => d.id),
  );
  const revs = new Map<string, number>();
  for (const id of ids) {
    const s = await dispatch(handlers, 'sessions.get', { id });
    if (!s.ok) throw new Error('get failed');
    revs.set(id, (s.value as { rev: number }).rev);
  }
  // One save before "ready", so the kills land in steady writing rather than in the first call's
  // one-off warm-up (schema compilation, the search index's first build).
  for (const id of ids.slice(0, 1)) {
    const rev = revs.get(id) as number;
    const saved = await dispatch(handlers, 'sessions.update', {
      id,
      expectedRev: rev,
      changes: versionChanges(rev + 1),
    });
    if (!saved.ok) throw new Error(`save failed: ${saved.error.code}`);
    revs.set(id, rev + 1);
  }
  process.stdout.write('ready\n');
  for (let i = 0; ; i += 1) {
    const id = ids[i % ids.length] as string;
    const rev = revs.get(id) as number;
    const saved = await dispatch(handlers, 'sessions.update', {
      id,
      expectedRev: rev,
      changes: versionChanges(rev + 1),
    });
    if (!saved.ok) throw new Error(`save failed: ${saved.error.code}`);
    revs.set(id, rev + 1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-child: ${String(error)}\n`);
  process.exit(3);
});
