import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { t } from '../../i18n/t';
import { StrengthMeter, usePassphraseStrength } from '../vault/strength-meter';
import styles from './security.module.css';

type Field = 'current' | 'next' | 'confirm';

/** Changes the passphrase: only the wrapping of the data key changes, atomically. */
export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ field: Field; message: string }>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const strength = usePassphraseStrength(next);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (next !== confirm) {
      setError({ field: 'confirm', message: t('vault.create.mismatch') });
      return;
    }
    setBusy(true);
    const result = await window.api.vault.changePassphrase({ current, next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setNext('');
      setConfirm('');
      setError(undefined);
      setDone(true);
      return;
    }
    const field: Field = result.error.fields?.next ? 'next' : 'current';
    setError({ field, message: result.error.fields?.[field] ?? result.error.message });
  }

  const fieldProps = (field: Field) => ({
    isInvalid: error?.field === field,
    errorMessage: error?.field === field ? error.message : undefined,
  });

  return (
    <section className={styles.section} aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title" className={styles.sectionTitle}>
        {t('security.passphrase.title')}
      </h2>
      <p className={styles.muted}>{t('security.passphrase.intro')}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <PasswordField name="current" label={t('security.passphrase.current')} value={current} onChange={(v) => (setCurrent(v), setError(undefined))} {...fieldProps('current')} />
        <PasswordField
          name="next"
          label={t('security.passphrase.next')}
          value={next}
          onChange={(v) => (setNext(v), setError(undefined))}
          autoComplete="new-password"
          describedBy="change-strength"
          {...fieldProps('next')}
        />
        <StrengthMeter id="change-strength" strength={strength} />
        <PasswordField
          name="confirm"
          label={t('vault.create.confirm')}
          value={confirm}
          onChange={(v) => (setConfirm(v), setError(undefined))}
          autoComplete="new-password"
          {...fieldProps('confirm')}
        />
        <div className={styles.row}>
          <Button type="submit" isDisabled={busy || !current || !next}>
            {busy ? t('security.passphrase.busy') : t('security.passphrase.submit')}
          </Button>
          {done && (
            <p role="status" className={styles.success}>
              {t('security.passphrase.done')}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
