import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { StrengthMeter, usePassphraseStrength } from './strength-meter';
import styles from './vault.module.css';

/** First run: choose the passphrase that encrypts everything; refuses weak ones with a reason. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ field: 'passphrase' | 'confirm'; message: string }>();
  const [busy, setBusy] = useState(false);
  const strength = usePassphraseStrength(passphrase);
  const headingRef = useFocusHeading<HTMLHeadingElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (passphrase !== confirm) {
      setError({ field: 'confirm', message: t('vault.create.mismatch') });
      return;
    }
    setBusy(true);
    const result = await window.api.vault.create({ passphrase });
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
        <PasswordField
          name="passphrase"
          label={t('vault.create.passphrase')}
          value={passphrase}
          onChange={(v) => {
            setPassphrase(v);
            setError(undefined);
          }}
          autoComplete="new-password"
          description={t('vault.create.passphrase.help')}
          describedBy="vault-strength"
          isInvalid={error?.field === 'passphrase'}
          errorMessage={error?.field === 'passphrase' ? error.message : undefined}
        />
        <StrengthMeter id="vault-strength" strength={strength} />
        <PasswordField
          name="confirm"
          label={t('vault.create.confirm')}
          value={confirm}
          onChange={(v) => {
            setConfirm(v);
            setError(undefined);
          }}
          autoComplete="new-password"
          isInvalid={error?.field === 'confirm'}
          errorMessage={error?.field === 'confirm' ? error.message : undefined}
        />
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? t('vault.create.busy') : t('vault.create.submit')}
        </Button>
      </form>
    </section>
  );
}
