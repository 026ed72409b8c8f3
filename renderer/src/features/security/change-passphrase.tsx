import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { t } from '../../i18n/t';
import { confirmationError, NewPassphraseFields, type NewPassphrase, type NewPassphraseError } from '../vault/new-passphrase-fields';
import styles from './security.module.css';

type ChangeError = NewPassphraseError | { field: 'current'; message: string };

const EMPTY: NewPassphrase = { passphrase: '', confirm: '' };

/** Changes the passphrase: only the wrapping of the data key changes, atomically. */
export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>(EMPTY);
  const [error, setError] = useState<ChangeError>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const mismatch = confirmationError(next);
    if (mismatch) {
      setError(mismatch);
      return;
    }
    setBusy(true);
    const result = await window.api.vault.changePassphrase({ current, next: next.passphrase });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setNext(EMPTY);
      setError(undefined);
      setDone(true);
      return;
    }
    if (result.error.fields?.next) setError({ field: 'passphrase', message: result.error.fields.next });
    else setError({ field: 'current', message: result.error.fields?.current ?? result.error.message });
  }

  return (
    <section className={styles.section} aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title" className={styles.sectionTitle}>
        {t('security.passphrase.title')}
      </h2>
      <p className={styles.muted}>{t('security.passphrase.intro')}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <PasswordField
          name="current"
          label={t('security.passphrase.current')}
          value={current}
          onChange={(v) => {
            setCurrent(v);
            setError(undefined);
          }}
          isInvalid={error?.field === 'current'}
          errorMessage={error?.field === 'current' ? error.message : undefined}
        />
        <NewPassphraseFields
          id="change"
          label={t('security.passphrase.next')}
          value={next}
          onChange={(value) => {
            setNext(value);
            setError(undefined);
          }}
          error={error?.field === 'current' ? undefined : error}
        />
        <div className={styles.row}>
          <Button type="submit" isDisabled={busy || !current || !next.passphrase}>
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
