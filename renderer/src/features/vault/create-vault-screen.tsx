import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { useNewPassphraseForm } from '../../lib/use-new-passphrase-form';
import styles from './vault.module.css';

/** First run: choose the passphrase that encrypts everything; refuses weak ones with a reason. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const form = useNewPassphraseForm(async (passphrase) => {
    const result = await window.api.vault.create({ passphrase });
    if (!result.ok) return { field: 'passphrase', message: result.error.message };
    onCreated(result.value.recoveryKey);
    return undefined;
  });

  return (
    <section className={styles.card} aria-labelledby="vault-create-title">
      <h1 id="vault-create-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('vault.create.title')}
      </h1>
      <p className={styles.lead}>{t('vault.create.intro')}</p>
      <form className={styles.form} onSubmit={form.submit} noValidate>
        <NewPassphraseFields
          id="vault-create"
          label={t('vault.create.passphrase')}
          description={t('vault.create.passphrase.help')}
          value={form.value}
          onChange={form.change}
          error={form.newPassphraseError}
        />
        <Button type="submit" variant="primary" isDisabled={form.busy}>
          {form.busy ? t('vault.create.busy') : t('vault.create.submit')}
        </Button>
      </form>
    </section>
  );
}
