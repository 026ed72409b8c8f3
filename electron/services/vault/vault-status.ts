import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadOnlyReason, VaultStatus } from '../../../core/vault/vault-schemas';
import { listQuarantine } from './quarantine';
import type { UnlockThrottle } from './unlock-throttle';
import { PREVIOUS_PREFIX, type VaultPaths } from './vault-paths';

/**
 * Reads where the vault stands, for the UI: absent, locked or unlocked (`open` is null while
 * locked), quarantine count, failed attempts and the wait they impose, a kept previous data
 * folder, and the read-only reason while an open vault's disk cannot be written. Reads only.
 */
export async function readVaultStatus(
  paths: VaultPaths,
  throttle: UnlockThrottle,
  now: Date,
  open: { readOnly: ReadOnlyReason | null } | null,
): Promise<VaultStatus> {
  const hasHeader = await access(join(paths.vault, 'vault.json')).then(
    () => true,
    () => false,
  );
  await throttle.ready();
  const retry = throttle.retryAfterMs(now.getTime());
  const previous = (await readdir(paths.parent).catch(() => [] as string[])).some((n) =>
    n.startsWith(PREVIOUS_PREFIX),
  );
  return {
    state: open ? 'unlocked' : hasHeader ? 'locked' : 'absent',
    quarantined: (await listQuarantine(paths.quarantine)).count,
    failedAttempts: throttle.count,
    ...(retry > 0 ? { retryAfterMs: retry } : {}),
    previousDataKept: previous,
    ...(open?.readOnly ? { readOnly: { reason: open.readOnly } } : {}),
  };
}
