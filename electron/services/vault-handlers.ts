/** The vault, backup and audit methods. They work while locked where that makes sense. */
import type { Handlers } from '../../core/contract';
import { exportQuarantine, listQuarantine } from './vault/quarantine';
import { basename, join } from 'node:path';
import { stat } from 'node:fs/promises';
import { writeFileAtomicAt } from './store/atomic-write';
import { formatRecoveryKey, parseRecoveryKey } from '../../core/vault/recovery-key';
import { AuthenticationError } from './vault/aead';
import { noKeychain } from './vault/keychain';
import { RECOVERY_KEY_PDF_NAME, renderRecoveryKeyPdf } from './vault/recovery-key-pdf';
import { RememberService } from './vault/remember-service';
import { unwrapWithRecoveryKey, type VaultHeader } from './vault/vault-header';
import { AbsolutePathSchema } from '../../core/vault/vault-schemas';
import { AppError } from '../../core/result';
import type { FileFilter } from './dialogs';
import type { HandlerContext } from './handler-context';
import { refuseWhileLocationUnreadable } from './vault-folder-handlers';
import { estimateStrength } from './vault/passphrase-strength';

type VaultMethods = Pick<
  Handlers,
  | 'vault.status'
  | 'vault.retryWrites'
  | 'vault.checkPassphrase'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.recover'
  | 'vault.changePassphrase'
  | 'vault.lock'
  | 'vault.quarantine'
  | 'vault.exportQuarantine'
  | 'vault.rememberStatus'
  | 'vault.setRemember'
  | 'vault.unlockWithDevice'
  | 'vault.saveRecoveryKeyPdf'
  | 'backup.export'
  | 'backup.choose'
  | 'backup.restore'
  | 'backup.progress'
  | 'audit.list'
  | 'audit.verify'
>;

/** Creates the vault, backup and audit methods over one vault session. */
export function createVaultHandlers({
  vault,
  backup,
  now,
  dialogs,
  resourcesDir,
  deps,
}: HandlerContext): VaultMethods {
  const remember = new RememberService(vault, deps.keychain ?? noKeychain);
  /** The backup file the clinician chose in the open dialog, kept in main only. */
  let chosenBackup: string | undefined;
  return {
    'vault.status': () => vault.status(),
    'vault.retryWrites': () => vault.retryWrites(),
    'vault.checkPassphrase': ({ passphrase }) => estimateStrength(passphrase),
    'vault.create': ({ passphrase }) => {
      refuseWhileLocationUnreadable(deps.dataDir);
      return vault.create(passphrase);
    },
    'vault.unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await vault.recover(recoveryKey, newPassphrase);
      await remember.passphraseChangedHere();
      return vault.status();
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      await remember.passphraseChangedHere();
      return vault.status();
    },
    'vault.lock': async ({ reason }) => {
      await vault.lock(reason);
      return vault.status();
    },
    'vault.quarantine': () => vault.use(() => listQuarantine(vault.options.paths.quarantine)),
    'vault.exportQuarantine': () =>
      vault.use(async () => {
        const folder = await chosenPath(
          dialogs.chooseFolder({ title: 'Choose a folder for the unreadable records' }),
        );
        if (!folder) return { exported: false };
        return {
          exported: true,
          ...(await exportQuarantine(vault.options.paths.quarantine, folder, now())),
        };
      }),
    'vault.rememberStatus': () => remember.status(),
    'vault.setRemember': ({ enabled, passphrase }) => remember.setRemember(enabled, passphrase),
    'vault.unlockWithDevice': () => remember.unlockWithDevice(),
    'vault.saveRecoveryKeyPdf': ({ recoveryKey }) =>
      vault.use(async (open) => {
        const key = checkedRecoveryKey(open.header, recoveryKey);
        const target = await chosenPath(
          dialogs.chooseSavePath({
            title: 'Save the recovery key as PDF',
            defaultName: RECOVERY_KEY_PDF_NAME,
            filters: PDF_FILTERS,
          }),
        );
        if (!target) return { saved: false };
        const pdf = await renderRecoveryKeyPdf(key, now(), join(resourcesDir, 'fonts'));
        await writeFileAtomicAt(target, pdf).catch(() => {
          throw new AppError(
            'io',
            'The PDF could not be written there. Choose another folder and try again.',
          );
        });
        return { saved: true, fileName: basename(target) };
      }),
    'backup.export': async () => {
      await vault.use(async () => undefined);
      const target = await chosenPath(
        dialogs.chooseSavePath({
          title: 'Export backup',
          defaultName: backupFileName(now()),
          filters: BACKUP_FILTERS,
        }),
      );
      if (!target) return { saved: false };
      return { saved: true, fileName: basename(target), ...(await backup.export(target)) };
    },
    'backup.choose': async () => {
      const source = await chosenPath(
        dialogs.chooseOpenPath({ title: 'Choose a backup to restore', filters: BACKUP_FILTERS }),
      );
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
      return backup.restore(
        chosenBackup,
        'passphrase' in input
          ? { passphrase: input.passphrase }
          : { recoveryKey: input.recoveryKey },
      );
    },
    'backup.progress': async () => backup.progress(),
    'audit.list': ({ limit }) => vault.use((open) => open.audit.list(limit)),
    'audit.verify': () => vault.use((open) => open.audit.verify()),
  };
}

/** The file type offered when saving the recovery key. */
const PDF_FILTERS: FileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];

/** Checks a typed recovery key really opens this vault; returns it in its canonical grouped form. */
function checkedRecoveryKey(header: VaultHeader, typed: string): string {
  const parsed = parseRecoveryKey(typed);
  if (!parsed.ok)
    throw new AppError('invalid-input', parsed.reason, { recoveryKey: parsed.reason });
  try {
    unwrapWithRecoveryKey(header, parsed.bytes).fill(0);
  } catch (cause) {
    if (!(cause instanceof AuthenticationError)) throw cause;
    const message = 'That recovery key does not open this vault.';
    throw new AppError('invalid-input', message, { recoveryKey: message });
  }
  return formatRecoveryKey(parsed.bytes);
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
  if (!checked.success)
    throw new AppError(
      'invalid-input',
      checked.error.issues[0]?.message ?? 'That location is not valid.',
    );
  return checked.data;
}
