import { useState } from 'react';
import { AuditLog } from './audit-log';
import { BackupSection } from './backup-section';
import { ChangePassphrase } from './change-passphrase';
import { RememberSection } from './remember-section';
import { VaultFolderSection } from './vault-folder-section';
import styles from './security.module.css';

/** The vault's security settings: passphrase, remember on this computer, where the vault is kept, backup and restore, and the audit trail. */
export function SecurityPanel({ onRestored }: { onRestored?: () => void }) {
  const [restores, setRestores] = useState(0);
  /** Bumped when a setting here records an activity event, so the activity list reloads. */
  const [changes, setChanges] = useState(0);
  return (
    <div className={styles.panel}>
      <ChangePassphrase />
      <RememberSection key={`remember-${restores}`} onChanged={() => setChanges((n) => n + 1)} />
      <VaultFolderSection />
      <BackupSection
        onRestored={() => {
          setRestores((n) => n + 1);
          onRestored?.();
        }}
      />
      <AuditLog key={`${restores}-${changes}`} />
    </div>
  );
}
