import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './home.module.css';

/** Tells the clinician when unreadable records were set aside, and offers to export them for support. */
export function QuarantineNotice() {
  const [count, setCount] = useState(0);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let current = true;
    void window.api.vault.status({}).then((result) => {
      if (current && result.ok) setCount(result.value.quarantined);
    });
    return () => {
      current = false;
    };
  }, []);

  if (count === 0) return null;

  async function exportFiles() {
    const result = await window.api.vault.exportQuarantine({});
    if (!result.ok) setMessage(result.error.message);
    else if (result.value.exported)
      setMessage(
        t('quarantine.exported', { count: result.value.count, folder: result.value.folder }),
      );
  }

  return (
    <section className={styles.quarantine} aria-labelledby="quarantine-title">
      <h2 id="quarantine-title" className={styles.quarantineTitle}>
        {t('quarantine.title', { count })}
      </h2>
      <p>{t('quarantine.body')}</p>
      <div>
        <Button onPress={() => void exportFiles()}>{t('quarantine.export')}</Button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
