/**
 * Child process for process-end.test.ts: creates a vault through the real handlers, waits until
 * its folder is watched, prints the process's active resources, locks, and then does nothing, so
 * the process ends only if locking let go of everything the unlock started.
 */
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';

const dataDir = process.env.END_DATA_DIR as string;
// A vault in a chosen folder (only such a vault is watched).
const chosen = process.env.END_CHOSEN_DIR as string;
let watching: () => void = () => undefined;
const watched = new Promise<void>((resolve) => (watching = resolve));
const handlers = createHandlers({
  dataDir,
  scrypt: { N: 2 ** 10, r: 8, p: 1 },
  onWatching: () => watching(),
  dialogs: {
    chooseFolder: async () => chosen,
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
  },
});

async function main(): Promise<void> {
  for (const method of ['vault.chooseFolder', 'vault.useChosenFolder'] as const) {
    const result = await dispatch(handlers, method, {});
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  }
  const created = await dispatch(handlers, 'vault.create', {
    passphrase: 'lantern orchard velvet compass 42',
  });
  if (!created.ok) throw new Error(`create failed: ${created.error.code}`);
  await watched;
  const whileUnlocked = process.getActiveResourcesInfo();
  const locked = await dispatch(handlers, 'vault.lock', { reason: 'user' });
  if (!locked.ok) throw new Error(`lock failed: ${locked.error.code}`);
  process.stdout.write(`${JSON.stringify({ whileUnlocked })}\n`);
}

void main();
