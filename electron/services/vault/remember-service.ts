/**
 * "Remember on this computer": turning it on keeps a device wrap of the data key in this
 * computer's data folder (remembered-key.ts, never the shared vault header) and seals the device
 * secret in the OS keychain; turning it off removes the wrap and forgets the secret. A
 * passphrase changed on another computer makes the wrap stale: the passphrase is asked for. Opening with it is allowed only at app start: after
 * any lock in this run (idle, suspend, screen lock, "Lock now") the passphrase is needed, so an
 * auto-lock keeps protecting an unattended computer. A restored backup carries no device wrap,
 * so the keychain secret is forgotten then.
 */
import { AppError } from '../../../core/result';
import type { DeviceUnlockOutcome, RememberStatus } from '../../../core/vault/vault-schemas';
import { ioError } from '../store/atomic-write';
import { AuthenticationError } from './aead';
import {
  type DeviceSlot,
  makeDeviceSlot,
  newDeviceSecret,
  unwrapWithDevice,
  withoutDevice,
} from './device-wrap';
import type { Keychain } from './keychain';
import { auditNow } from './open-vault';
import {
  forgetRememberedKey,
  readRememberedKey,
  slotFor,
  writeRememberedKey,
} from './remembered-key';
import { readHeader, unwrapWithPassphrase, writeHeader, type VaultHeader } from './vault-header';
import type { VaultSession } from './vault-session';

const WRONG_PASSPHRASE = 'That passphrase does not open this vault.';

/** The remember-on-this-computer operations over one vault session and one keychain. */
export class RememberService {
  /** True once the vault has locked in this run: from then on only the passphrase opens it. */
  private lockedThisRun = false;

  constructor(
    private readonly session: VaultSession,
    private readonly keychain: Keychain,
  ) {
    session.onLocked(() => {
      this.lockedThisRun = true;
    });
    session.onOpened((_vault, event) => {
      if (event === 'backup-restored') {
        void keychain.forget().catch(() => undefined);
        void forgetRememberedKey(this.dataDir).catch(() => undefined);
      }
    });
  }

  /**
   * Whether the option can be offered and whether it is on: on only while the keychain still holds
   * the secret that opens the vault's device wrap (a lost or replaced keychain entry shows "off", so
   * the clinician can turn it on again). Reads only; works while locked.
   */
  async status(): Promise<RememberStatus> {
    const availability = await this.keychain.availability();
    if (!availability.available)
      return { available: false, reason: availability.reason, enabled: false };
    const header = await this.header();
    const slot = header ? await this.slot(header) : null;
    const dataKey = header && slot ? await this.unwrapWithKeychain(header, slot) : null;
    dataKey?.fill(0);
    return { available: true, enabled: dataKey !== null };
  }

  /**
   * After this computer changed the passphrase (or recovered): the remembered wrap follows the
   * new passphrase wrap, so it stays valid here (a change on another computer still makes it stale).
   */
  async passphraseChangedHere(): Promise<void> {
    const { session } = this;
    await session.use(async (vault) => {
      const remembered = await readRememberedKey(this.dataDir);
      if (remembered?.vaultId === vault.header.vaultId)
        await writeRememberedKey(this.dataDir, vault.header, remembered.slot).catch(
          () => undefined,
        );
    });
  }

  private get dataDir(): string {
    return this.session.options.paths.dataDir;
  }

  /** The slot to open `header` with: this computer's own, else one an older version put in the header. */
  private async slot(header: VaultHeader): Promise<DeviceSlot | null> {
    const own = slotFor(header, await readRememberedKey(this.dataDir));
    if (own.slot) return own.slot;
    return own.stale ? null : (header.device ?? null);
  }

  /** Turns the option on (passphrase confirms) or off. Needs the vault unlocked. */
  setRemember(enabled: boolean, passphrase: string | undefined): Promise<RememberStatus> {
    const { session } = this;
    return session.exclusive(() =>
      session.use(async (vault) => {
        await vault.audit.ensureWritable();
        if (enabled) {
          const availability = await this.keychain.availability();
          if (!availability.available)
            throw new AppError(
              'conflict',
              'This computer has no secure keychain, so the passphrase is always needed.',
            );
          if (!passphrase)
            throw new AppError('invalid-input', 'Enter your passphrase to confirm.', {
              passphrase: 'Enter your passphrase to confirm.',
            });
          // The header as it is on disk: the passphrase may have changed on another computer.
          const current = (await readHeader(session.options.paths.vault)) ?? vault.header;
          try {
            (await unwrapWithPassphrase(current, passphrase)).fill(0);
          } catch (cause) {
            if (!(cause instanceof AuthenticationError)) throw cause;
            throw new AppError('invalid-input', WRONG_PASSPHRASE, { passphrase: WRONG_PASSPHRASE });
          }
          const secret = newDeviceSecret();
          try {
            await this.keychain.save(secret);
            const slot = makeDeviceSlot(current, vault.dataKey, secret);
            try {
              await writeRememberedKey(this.dataDir, current, slot);
              // An older version's slot in the shared header goes.
              if (current.device) await this.replaceHeader(withoutDevice(current));
            } catch (cause) {
              await forgetRememberedKey(this.dataDir).catch(() => undefined);
              await this.keychain.forget().catch(() => undefined);
              throw ioError(cause, 'remembering the key on this computer');
            }
            vault.header = withoutDevice(current);
          } catch (cause) {
            if (cause instanceof AppError) throw cause;
            throw new AppError(
              'io',
              'The keychain on this computer could not keep the key. The passphrase is still needed.',
            );
          } finally {
            secret.fill(0);
          }
          await auditNow(vault, session.options.now, { type: 'remember-enabled' });
        } else {
          const current = (await readHeader(session.options.paths.vault)) ?? vault.header;
          const remembered = await readRememberedKey(this.dataDir);
          if (current.device) {
            const next = withoutDevice(current);
            await this.replaceHeader(next);
            vault.header = next;
          }
          await forgetRememberedKey(this.dataDir).catch((cause: unknown) => {
            throw ioError(cause, 'forgetting the key on this computer');
          });
          if (current.device || remembered)
            await auditNow(vault, session.options.now, { type: 'remember-disabled' });
          await this.keychain.forget().catch(() => undefined);
        }
        return this.status();
      }),
    );
  }

  /** At start: opens the vault with the keychain's device secret, or says calmly why not. */
  unlockWithDevice(): Promise<DeviceUnlockOutcome> {
    const { session } = this;
    const epoch = session.lockEpoch;
    return session.exclusive(async (): Promise<DeviceUnlockOutcome> => {
      if (session.isOpen) return { unlocked: true };
      if (this.lockedThisRun) return { unlocked: false, why: 'after-lock' };
      if (!(await this.keychain.availability()).available)
        return { unlocked: false, why: 'unavailable' };
      const header = await session.lockedHeader().catch((cause) => {
        if (cause instanceof AppError && cause.code === 'not-found') return null;
        throw cause;
      });
      if (!header) return { unlocked: false, why: 'off' };
      const own = slotFor(header, await readRememberedKey(this.dataDir));
      if (own.stale) {
        // The passphrase changed (on another computer) or this is another vault: ask for it.
        await forgetRememberedKey(this.dataDir).catch(() => undefined);
        await this.keychain.forget().catch(() => undefined);
        return { unlocked: false, why: 'failed' };
      }
      const slot = own.slot ?? header.device;
      if (!slot) return { unlocked: false, why: 'off' };
      const dataKey = await this.unwrapWithKeychain(header, slot);
      if (!dataKey) return { unlocked: false, why: 'failed' };
      await session.adopt(header, dataKey, 'unlocked', epoch, { via: 'device' });
      return { unlocked: true };
    });
  }

  /** The data key from the header's device wrap and the keychain's secret, or null when none is kept or it no longer fits. */
  private async unwrapWithKeychain(header: VaultHeader, slot: DeviceSlot): Promise<Buffer | null> {
    const secret = await this.keychain.load().catch(() => null);
    if (!secret) return null;
    try {
      return unwrapWithDevice(header, secret, slot);
    } catch (cause) {
      if (!(cause instanceof AuthenticationError)) throw cause;
      return null;
    } finally {
      secret.fill(0);
    }
  }

  /** The header as it is on disk (another computer may have changed it), else the open one's. */
  private async header(): Promise<VaultHeader | null> {
    const onDisk = await readHeader(this.session.options.paths.vault).catch(() => null);
    if (onDisk) return onDisk;
    if (this.session.isOpen) return this.session.use(async (vault) => vault.header);
    return null;
  }

  private async replaceHeader(next: VaultHeader): Promise<void> {
    await writeHeader(this.session.options.paths.vault, next).catch((cause) => {
      throw ioError(cause, 'saving the vault settings');
    });
  }
}
