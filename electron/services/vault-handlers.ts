/** The vault, backup and audit methods. They work while locked where that makes sense. */
import type { Handlers } from '../../core/contract';
import { exportQuarantine, listQuarantine } from './vault/quarantine';
import type { BackupService } from './vault/backup-service';
import { estimateStrength } from './vault/passphrase-strength';
import type { VaultSession } from './vault/vault-session';

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
  | 'backup.restore'
  | 'backup.progress'
  | 'audit.list'
  | 'audit.verify'
>;

/** Creates the vault, backup and audit methods over one vault session. */
export function createVaultHandlers(vault: VaultSession, backup: BackupService, now: () => Date): VaultMethods {
  const { paths } = vault.options;
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
    'vault.exportQuarantine': ({ targetDir }) => vault.use(() => exportQuarantine(paths.quarantine, targetDir, now())),
    'backup.export': ({ targetPath }) => backup.export(targetPath),
    'backup.restore': (input) =>
      backup.restore(input.sourcePath, 'passphrase' in input ? { passphrase: input.passphrase } : { recoveryKey: input.recoveryKey }),
    'backup.progress': async () => backup.progress(),
    'audit.list': ({ limit }) => vault.use((open) => open.audit.list(limit)),
    'audit.verify': () => vault.use((open) => open.audit.verify()),
  };
}
