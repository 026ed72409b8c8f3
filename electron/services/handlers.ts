import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../core/contract';
import type { LockSources } from '../../core/lock-sources';
import type { BackupProgress, ReadOnlyReason } from '../../core/vault/vault-schemas';
import { createArchiveHandlers } from './archive-handlers';
import { ArchiveService, type ArchiveBuildOptions } from './archive/archive-service';
import { createCheckInHandlers } from './check-in-handlers';
import { createClientHandlers } from './client-handlers';
import type { Dialogs } from './dialogs';
import { noDialogs } from './dialogs';
import { createDocumentHandlers } from './document-handlers';
import type { HandlerContext } from './handler-context';
import { createPracticeHandlers } from './practice-handlers';
import { RECORD_KINDS } from './record-kinds';
import { createSessionHandlers } from './session-handlers';
import { createSystemHandlers } from './system-handlers';
import type { SettingsStore } from './settings/settings-store';
import { openSettingsStore } from './settings/open-settings-store';
import type { AtomicWriter } from './store/record-store';
import { type ChangedElsewhere, SyncService } from './sync/sync-service';
import { createSyncHandlers } from './sync-handlers';
import { createVaultFolderHandlers } from './vault-folder-handlers';
import { createVaultHandlers } from './vault-handlers';
import { readVaultLocation } from './vault/vault-location';
import { BackupService } from './vault/backup-service';
import { deviceIdLoader } from './vault/device-id';
import type { Keychain } from './vault/keychain';
import type { ScryptParams } from './vault/kdf';
import { THROTTLE_FILE_NAME } from './vault/throttle-file';
import { vaultPaths } from './vault/vault-paths';
import { VaultSession } from './vault/vault-session';

/** What the handlers need from the outside world. */
export interface HandlerDeps {
  /** The folder that holds all of this clinician's data (the vault lives in `<dataDir>/vault`). */
  dataDir: string;
  /** The folder of shipped resources (templates, fonts, crisis lines); defaults to the repo's `resources/`. */
  resourcesDir?: string;
  /** The settings store (main: electron-store backed); defaults to a conf store in `dataDir`. */
  settings?: SettingsStore;
  /** The clinician's locale, for settings defaults (page size, region); defaults to en-GB. */
  locale?: string;
  /** System file dialogs (main: Electron's; e2e: a test double). Without them every choice is a cancel. */
  dialogs?: Dialogs;
  /** The clock; tests pass a controllable one (it also times the delay after failed unlocks). */
  now?: () => Date;
  /** Backup/restore progress, pushed as it happens; main may forward it to the renderer. */
  onProgress?: (progress: BackupProgress) => void;
  /**
   * scrypt parameters for new passphrase wraps. Production leaves this out (N = 2^17, r = 8,
   * p = 1); tests that are not about the KDF pass cheaper ones to stay fast.
   */
  scrypt?: ScryptParams;
  /**
   * The per-computer file that keeps the delay after failed unlocks across restarts (counts and
   * times only). It must lie outside the vault folder; defaults to `<dataDir>/unlock-delay.json`.
   */
  unlockDelayFile?: string;
  /** Told whenever the open vault becomes read-only (disk full or not writable) or writable again; main forwards it to the renderer. */
  onReadOnlyChange?: (reason: ReadOnlyReason | null) => void;
  /** Records changed on another computer (through a synced folder) while unlocked: ids and kinds only. */
  onVaultChanged?: (event: ChangedElsewhere) => void;
  /** Called each time the vault folder is being watched after an unlock (tests wait on it). */
  onWatching?: () => void;
  /** Test seam: replaces the atomic file writer to simulate a full or read-only disk. */
  writer?: AtomicWriter;
  /** Test seam: how the archive index is built in the background (tests pause it to watch progress). */
  archiveBuild?: ArchiveBuildOptions;
  /** The OS keychain for "Remember on this computer" (main: safeStorage). Without it the option is unavailable. */
  keychain?: Keychain;
  /** What locks the vault on this computer (main: auto-lock's view); defaults to the platform's own events. */
  lockSources?: () => LockSources;
}

/** The repository's resources folder, used when no other is given (development and tests only). */
export function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../resources', import.meta.url));
}

/** The vault folder this computer chose, or undefined for the data folder's own. */
function chosenVaultDir(dataDir: string): string | undefined {
  const location = readVaultLocation(dataDir);
  return location.kind === 'chosen' ? location.vaultDir : undefined;
}

/** Creates the implementation of every contract method over the data folder. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const vault = new VaultSession({
    paths: vaultPaths(deps.dataDir, chosenVaultDir(deps.dataDir)),
    kinds: RECORD_KINDS,
    now,
    ...(deps.scrypt ? { scrypt: deps.scrypt } : {}),
    ...(deps.writer ? { writer: deps.writer } : {}),
    throttleFile: deps.unlockDelayFile ?? join(deps.dataDir, THROTTLE_FILE_NAME),
    deviceId: deviceIdLoader(deps.dataDir, deps.writer),
  });
  if (deps.onReadOnlyChange) vault.pending.onChange(deps.onReadOnlyChange);
  const backup = new BackupService(vault, deps.onProgress);
  const archive = new ArchiveService(vault, deps.archiveBuild, deps.locale);
  const sync = new SyncService(vault, archive, deps.onVaultChanged);
  if (deps.onWatching) sync.onWatching(deps.onWatching);
  let settings = deps.settings;
  const context: HandlerContext = {
    vault,
    backup,
    now,
    dialogs: deps.dialogs ?? noDialogs,
    resourcesDir: deps.resourcesDir ?? defaultResourcesDir(),
    settings: () =>
      (settings ??= openSettingsStore({ dir: deps.dataDir, locale: deps.locale ?? 'en-GB' })),
    deps,
    archive,
  };
  return {
    ...createClientHandlers(context),
    ...createSessionHandlers(context),
    ...createVaultHandlers(context),
    ...createVaultFolderHandlers(context),
    ...createSyncHandlers(context, sync),
    ...createPracticeHandlers(context),
    ...createDocumentHandlers(context),
    ...createCheckInHandlers(context),
    ...createArchiveHandlers(context),
    ...createSystemHandlers(context),
  };
}
