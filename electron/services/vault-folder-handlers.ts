/**
 * Where the vault is kept: Settings → Security → "Keep the vault in a folder…". A folder that
 * already holds a vault (made by another computer) is opened; otherwise this vault is moved
 * there, copied and checked before the switch. The choice is this computer's own.
 */
import { join } from 'node:path';
import type { Handlers } from '../../core/contract';
import { AppError } from '../../core/result';
import type { HandlerContext } from './handler-context';
import {
  holdsVault,
  readVaultLocation,
  saveVaultLocation,
  vaultDirFor,
} from './vault/vault-location';
import { copyVault, setOldVaultAside } from './vault/vault-move';
import { vaultPaths } from './vault/vault-paths';

type VaultFolderMethods = Pick<
  Handlers,
  'vault.folder' | 'vault.chooseFolder' | 'vault.useChosenFolder'
>;

/** Refuses to make a new vault while the file naming this computer's vault folder is unreadable. */
export function refuseWhileLocationUnreadable(dataDir: string): void {
  const location = readVaultLocation(dataDir);
  if (location.kind === 'unreadable') {
    throw new AppError(
      'conflict',
      `The file that says where your vault is kept (vault-location.json in the app's data folder) cannot be read (${location.problem}), so no new vault was made. Choose the vault's folder again in Settings → Security.`,
    );
  }
}

/** Creates the vault-folder methods over one vault session. */
export function createVaultFolderHandlers({
  vault,
  dialogs,
  now,
  deps,
}: HandlerContext): VaultFolderMethods {
  const { dataDir } = deps;
  /** The vault folder the clinician picked in the dialog, kept in main only. */
  let chosen: string | undefined;
  return {
    'vault.folder': async () => {
      const location = readVaultLocation(dataDir);
      return {
        folder: vault.options.paths.vault,
        isDefault: vault.options.paths.vault === join(dataDir, 'vault'),
        ...(location.kind === 'unreadable' ? { problem: location.problem } : {}),
      };
    },
    'vault.chooseFolder': async () => {
      const picked = await dialogs.chooseFolder({ title: 'Choose a folder for the vault' });
      if (!picked) return { chosen: false };
      const folder = await vaultDirFor(picked);
      if (folder === vault.options.paths.vault) {
        throw new AppError('invalid-input', 'The vault is already kept in that folder.');
      }
      chosen = folder;
      return { chosen: true, folder, holdsVault: await holdsVault(folder) };
    },
    'vault.useChosenFolder': async () => {
      const target = chosen;
      if (!target) throw new AppError('invalid-input', 'Choose a folder first.');
      await vault.lock('user');
      await vault.exclusive(async () => {
        const from = vault.options.paths;
        const to = vaultPaths(dataDir, target);
        const moving = !(await holdsVault(target)) && (await holdsVault(from.vault));
        if (moving) await copyVault(from, target);
        await saveVaultLocation(dataDir, target, deps.writer);
        vault.relocate(to);
        if (moving) await setOldVaultAside(from, now());
      });
      chosen = undefined;
      return vault.status();
    },
  };
}
