import { useEffect, useState } from 'react';
import type { VaultFolder, VaultFolderChosen } from '../../../../core/vault/vault-schemas';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { flushAll } from '../../lib/flush';
import { announceVaultRelocated } from '../../lib/vault-relocated';
import styles from './security.module.css';

type Chosen = Extract<VaultFolderChosen, { chosen: true }>;

/**
 * "Keep the vault in a folder…": shows where this computer keeps the vault, explains what a
 * synced folder does and does not protect, and moves the vault to a chosen folder (or opens the
 * vault another computer already keeps there). Either way the vault locks and opens again there.
 */
export function VaultFolderSection() {
  const [folder, setFolder] = useState<VaultFolder>();
  const [chosen, setChosen] = useState<Chosen>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void window.api.vault.folder({}).then((result) => {
      if (!live) return;
      if (result.ok) setFolder(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  async function choose() {
    setError('');
    const result = await window.api.vault.chooseFolder({});
    if (!result.ok) setError(result.error.message);
    else if (result.value.chosen) setChosen(result.value);
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    await flushAll();
    const result = await window.api.vault.useChosenFolder({});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setChosen(undefined);
    announceVaultRelocated();
  }

  return (
    <section className={styles.section} aria-labelledby="vault-folder-title">
      <h2 id="vault-folder-title" className={styles.sectionTitle}>
        {t('security.folder.title')}
      </h2>
      <p className={styles.muted}>{t('security.folder.intro')}</p>
      {folder && (
        <p>
          {t(folder.isDefault ? 'security.folder.currentDefault' : 'security.folder.current')}{' '}
          <code className={styles.path}>{folder.folder}</code>
        </p>
      )}
      {folder?.problem && (
        <p role="alert" className={styles.error}>
          {t('security.folder.unreadable')}
        </p>
      )}
      <ul className={styles.facts}>
        <li>{t('security.folder.protects')}</li>
        <li>{t('security.folder.doesNot')}</li>
        <li>{t('security.folder.conflicts')}</li>
      </ul>
      {!chosen && (
        <div className={styles.row}>
          <Button onPress={() => void choose()}>{t('security.folder.choose')}</Button>
        </div>
      )}
      {chosen && (
        <div className={styles.calloutNote} role="group" aria-labelledby="vault-folder-confirm">
          <p id="vault-folder-confirm">
            {t(chosen.holdsVault ? 'security.folder.confirmOpen' : 'security.folder.confirmMove')}
          </p>
          <p>
            <code className={styles.path}>{chosen.folder}</code>
          </p>
          <div className={styles.row}>
            <Button variant="primary" isDisabled={busy} onPress={() => void confirm()}>
              {t(chosen.holdsVault ? 'security.folder.open' : 'security.folder.move')}
            </Button>
            <Button variant="quiet" onPress={() => setChosen(undefined)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </section>
  );
}
