import { useCallback, useEffect, useState } from 'react';
import { t } from '../../i18n/t';
import { flushAll } from '../../lib/flush';
import { onVaultRelocated } from '../../lib/vault-relocated';
import { CreateVaultScreen } from './create-vault-screen';
import { RecoverScreen } from './recover-screen';
import { RecoveryKeyScreen } from './recovery-key-screen';
import { UnlockScreen } from './unlock-screen';
import styles from './vault.module.css';

/** Which vault screen is showing. */
export type View =
  | { name: 'checking' }
  | { name: 'error'; message: string }
  | { name: 'create' }
  | { name: 'recovery-key'; recoveryKey: string }
  | { name: 'unlock'; notice?: string; tryDevice?: boolean }
  | { name: 'recover' }
  | { name: 'open' };

/** The gate's state and the one action the unlocked app needs. */
export interface VaultGateState {
  view: View;
  setView: (view: View) => void;
  /** Saves pending edits, locks the vault and returns to the unlock screen. */
  lock: () => Promise<void>;
}

/**
 * Tracks whether the vault is absent, locked or open; reacts to lock events from the main process,
 * the "Lock now" menu command and Ctrl/Cmd+L. Locking unmounts the whole app, so no client data
 * stays in the renderer's state.
 */
export function useVaultGate(): VaultGateState {
  const [view, setView] = useState<View>({ name: 'checking' });

  useEffect(() => {
    void window.api.vault.status({}).then((result) => {
      if (!result.ok) setView({ name: 'error', message: result.error.message });
      else if (result.value.state === 'absent') setView({ name: 'create' });
      // Only here, at app start, may this computer's keychain open the vault (never after a lock).
      else if (result.value.state === 'locked') setView({ name: 'unlock', tryDevice: true });
      else setView({ name: 'open' });
    });
  }, []);

  const lock = useCallback(async () => {
    await flushAll();
    await window.api.vault.lock({ reason: 'user' });
    setView({ name: 'unlock', notice: t('vault.locked.user') });
  }, []);

  useEffect(() => {
    const offLocked = window.appEvents.on('vault.locked', ({ reason }) => {
      setView({
        name: 'unlock',
        notice: t(reason === 'user' ? 'vault.locked.user' : 'vault.locked.auto'),
      });
    });
    const offRelocated = onVaultRelocated(() =>
      setView({ name: 'unlock', notice: t('vault.locked.relocated') }),
    );
    const offFlush = window.appEvents.on('app.flush', () => void flushAll());
    const offMenu = window.appEvents.on('menu.command', ({ command }) => {
      if (command === 'lock') void lock();
    });
    return () => {
      offLocked();
      offRelocated();
      offFlush();
      offMenu();
    };
  }, [lock]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'l'
      ) {
        event.preventDefault();
        void lock();
      }
    }
    if (view.name !== 'open') return;
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.name, lock]);

  return { view, setView, lock };
}

/** The create, recovery-key, unlock and recover screens, shown until the vault is open. */
export function VaultScreens({ gate }: { gate: VaultGateState }) {
  const { view, setView } = gate;
  switch (view.name) {
    case 'checking':
      return <p className={styles.checking}>{t('common.loading')}</p>;
    case 'error':
      return (
        <p role="alert" className={styles.card}>
          {view.message}
        </p>
      );
    case 'create':
      return (
        <CreateVaultScreen
          onCreated={(recoveryKey) => setView({ name: 'recovery-key', recoveryKey })}
        />
      );
    case 'recovery-key':
      return (
        <RecoveryKeyScreen
          recoveryKey={view.recoveryKey}
          onDone={() => setView({ name: 'open' })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          notice={view.notice}
          tryDevice={view.tryDevice}
          onUnlocked={() => setView({ name: 'open' })}
          onForgot={() => setView({ name: 'recover' })}
        />
      );
    case 'recover':
      return (
        <RecoverScreen
          onRecovered={() => setView({ name: 'open' })}
          onBack={() => setView({ name: 'unlock' })}
        />
      );
    case 'open':
      return null;
  }
}
