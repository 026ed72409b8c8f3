/** The vault, backup and audit methods. They work while locked where that makes sense. */
import type { Handlers } from '../../core/contract';
import { exportQuarantine, listQuarantine } from './vault/quarantine';
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import { AbsolutePathSchema } from '../../core/vault/vault-schemas';
import { AppError } from '../../core/result';
import type { FileFilter } from './dialogs';
import type { HandlerContext } from './handler-context';
import { estimateStrength } from './vault/passphrase-strength';

type VaultMethods = Pick<
  Handlers,
  | 'vault.status'
  | 'vault.checkPassphrase'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.recover'
  | 'vault.changePassphrase'
  | 'vault.lock'
  | 'vault.quarantine'
  | 'vault.exportQuarantine'
  | 'backup.export'
  | 'backup.choose'
  | 'backup.restore'
  | 'backup.progress'
  | 'audit.list'
  | 'audit.verify'
>;

/** Creates the vault, backup and audit methods over one vault session. */
export function createVaultHandlers({ vault, backup, now, dialogs }: HandlerContext): VaultMethods {
  const { paths } = vault.options;
  /** The backup file the clinician chose in the open dialog, kept in main only. */
  let chosenBackup: string | undefined;
  return {
    'vault.status': () => vault.status(),
    'vault.checkPassphrase': ({ passphrase }) => estimateStrength(passphrase),
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault.recover': ({ recoveryKey, newPassphrase }) => vault.recover(recoveryKey, newPassphrase),
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return vault.status();
    },
    'vault.lock': async ({ reason }) => {
      await vault.lock(reason);
      return vault.status();
    },
    'vault.quarantine': () => vault.use(() => listQuarantine(paths.quarantine)),
    'vault.exportQuarantine': () =>
      vault.use(async () => {
        const folder = await chosenPath(dialogs.chooseFolder({ title: 'Choose a folder for the unreadable records' }));
        if (!folder) return { exported: false };
        return { exported: true, ...(await exportQuarantine(paths.quarantine, folder, now())) };
      }),
    'backup.export': async () => {
      await vault.use(async () => undefined);
      const target = await chosenPath(
        dialogs.chooseSavePath({ title: 'Export backup', defaultName: backupFileName(now()), filters: BACKUP_FILTERS }),
      );
      if (!target) return { saved: false };
      return { saved: true, fileName: basename(target), ...(await backup.export(target)) };
    },
    'backup.choose': async () => {
      const source = await chosenPath(dialogs.chooseOpenPath({ title: 'Choose a backup to restore', filters: BACKUP_FILTERS }));
      if (!source) return { chosen: false };
      const size = await stat(source).then(
        (s) => (s.isFile() ? s.size : -1),
        () => -1,
      );
      if (size < 0) throw new AppError('not-found', 'That backup file could not be found.');
      chosenBackup = source;
      return { chosen: true, fileName: basename(source), bytes: size };
    },
    'backup.restore': (input) => {
      if (!chosenBackup) throw new AppError('invalid-input', 'Choose a backup file first.');
      return backup.restore(chosenBackup, 'passphrase' in input ? { passphrase: input.passphrase } : { recoveryKey: input.recoveryKey });
    },
    'backup.progress': async () => backup.progress(),
    'audit.list': ({ limit }) => vault.use((open) => open.audit.list(limit)),
    'audit.verify': () => vault.use((open) => open.audit.verify()),
  };
}

/** The file type offered in backup dialogs. */
const BACKUP_FILTERS: FileFilter[] = [{ name: 'Closing Session backup', extensions: ['csbackup'] }];

/** A default backup file name: the date only, never client data. */
export function backupFileName(date: Date): string {
  return `closing-session-backup-${date.toISOString().slice(0, 10)}.csbackup`;
}

/** Waits for a dialog and checks that what it gave is an absolute path (or null when cancelled). */
async function chosenPath(choice: Promise<string | null>): Promise<string | null> {
  const path = await choice;
  if (path === null) return null;
  const checked = AbsolutePathSchema.safeParse(path);
  if (!checked.success) throw new AppError('invalid-input', checked.error.issues[0]?.message ?? 'That location is not valid.');
  return checked.data;
}
