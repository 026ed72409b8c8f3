import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { t } from '../../i18n/t';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { useNewPassphraseForm } from '../../lib/use-new-passphrase-form';
import styles from './security.module.css';

/** Changes the passphrase: only the wrapping of the data key changes, atomically. */
export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [done, setDone] = useState(false);
  const form = useNewPassphraseForm<'current'>(
    async (next) => {
      const result = await window.api.vault.changePassphrase({ current, next });
      if (result.ok) {
        setCurrent('');
        setDone(true);
        return undefined;
      }
      if (result.error.fields?.next)
        return { field: 'passphrase', message: result.error.fields.next };
      return { field: 'current', message: result.error.fields?.current ?? result.error.message };
    },
    { clearOnSuccess: true },
  );
  const currentError = form.messageFor('current');

  function submit(event: FormEvent) {
    setDone(false);
    return form.submit(event);
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
            form.setError(undefined);
          }}
          isInvalid={currentError !== undefined}
          errorMessage={currentError}
        />
        <NewPassphraseFields
          id="change"
          label={t('security.passphrase.next')}
          value={form.value}
          onChange={form.change}
          error={form.newPassphraseError}
        />
        <div className={styles.row}>
          <Button type="submit" isDisabled={form.busy || !current || !form.value.passphrase}>
            {form.busy ? t('security.passphrase.busy') : t('security.passphrase.submit')}
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
