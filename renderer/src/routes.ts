import type { ArchiveQueryState } from './features/archive/archive-query';
import type { SettingsTabId } from './features/settings/settings-screen';

/**
 * The screens of the unlocked app and what each needs. Each feature adds its screen here and in
 * workspace.tsx.
 */
export type Route =
  | { name: 'home'; notice?: string }
  | { name: 'new-client' }
  | { name: 'runner'; sessionId: string }
  | { name: 'start-session'; clientId: string }
  | { name: 'settings'; tab?: SettingsTabId }
  | { name: 'archive'; query?: ArchiveQueryState }
  | { name: 'document'; sessionId: string; back?: ArchiveQueryState }
  | { name: 'export'; sessionId: string; from?: DocumentsFrom }
  | { name: 'closure-letter'; sessionId: string; from?: DocumentsFrom }
  | { name: 'merge' };

/** Where the export and letter screens were opened from (where "Done" and "Cancel" return to). */
export type DocumentsFrom = 'home' | 'document';

/** Moves the app to another screen. */
export type Navigate = (route: Route) => void;
