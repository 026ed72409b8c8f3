/** Contract part: facts about this computer the renderer shows (what locks the vault). */
import type { LockSources } from '../lock-sources';
import { method, NoInput } from './method';

/** The system methods. */
export const systemMethods = {
  /** What locks the vault by itself on this platform (suspend, screen lock and its source, idle). Works while locked. */
  'system.lockSources': method<typeof NoInput, LockSources>(NoInput),
} as const;
