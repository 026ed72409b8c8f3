import type { ArchiveService } from './archive/archive-service';
import type { Dialogs } from './dialogs';
import type { HandlerDeps } from './handlers';
import type { SettingsStore } from './settings/settings-store';
import type { BackupService } from './vault/backup-service';
import type { VaultSession } from './vault/vault-session';

/** What every area's handlers share: the vault session, the clock, dialogs and the raw deps. */
export interface HandlerContext {
  vault: VaultSession;
  backup: BackupService;
  now: () => Date;
  dialogs: Dialogs;
  /** The folder of shipped resources (templates, fonts, crisis lines). */
  resourcesDir: string;
  /** The settings store, opened on first use (settings hold no client data and work while locked). */
  settings: () => SettingsStore;
  deps: HandlerDeps;
  /** The in-memory archive index: call `sessionSaved` / `clientSaved` after every save so search stays current. */
  archive: ArchiveService;
}
