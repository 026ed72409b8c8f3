/** The system methods: facts about this computer, readable while the vault is locked. */
import type { Handlers } from '../../core/contract';
import type { systemMethods } from '../../core/contract-parts/system';
import { lockPlatform, type LockSources } from '../../core/lock-sources';
import type { HandlerContext } from './handler-context';

type SystemHandlers = Pick<Handlers, keyof typeof systemMethods>;

/**
 * What locks the vault here, before the main process says more: the platform's own events and
 * idle time as reported; on Linux the desktop's screen-lock signal is still being looked for.
 */
export function defaultLockSources(platform: string): LockSources {
  const named = lockPlatform(platform);
  return {
    platform: named,
    idle: 'measured',
    ...(named === 'linux' ? { screenLockSignal: { state: 'starting' } } : {}),
  };
}

/** Creates the system methods; `deps.lockSources` (main: auto-lock) answers what locks the vault. */
export function createSystemHandlers({ deps }: HandlerContext): SystemHandlers {
  return {
    'system.lockSources': async () => deps.lockSources?.() ?? defaultLockSources(process.platform),
  };
}
