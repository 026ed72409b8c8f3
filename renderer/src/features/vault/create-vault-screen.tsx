import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { confirmationError, NewPassphraseFields, type NewPassphrase, type NewPassphraseError } from './new-passphrase-fields';
import styles from './vault.module.css';

/** First run: choose the passphrase that encrypts everything; refuses weak ones with a reason. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirm: '' });
  const [error, setError] = useState<NewPassphraseError>();
  const [busy, setBusy] = useState(false);
  const headingRef = useFocusHeading<HTMLHeadingElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const mismatch = confirmationError(value);
    if (mismatch) {
      setError(mismatch);
      return;
    }
    setBusy(true);
    const result = await window.api.vault.create({ passphrase: value.passphrase });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryKey);
    else setError({ field: 'passphrase', message: result.error.message });
  }

  return (
    <section className={styles.card} aria-labelledby="vault-create-title">
      <h1 id="vault-create-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('vault.create.title')}
      </h1>
      <p className={styles.lead}>{t('vault.create.intro')}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <NewPassphraseFields
          id="vault-create"
          label={t('vault.create.passphrase')}
          description={t('vault.create.passphrase.help')}
          value={value}
          onChange={(next) => {
            setValue(next);
            setError(undefined);
          }}
          error={error}
        />
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? t('vault.create.busy') : t('vault.create.submit')}
        </Button>
      </form>
    </section>
  );
}
