import { useState, type FormEvent } from 'react';
import { Input, Label, TextField as AriaTextField, FieldError, Text } from 'react-aria-components';
import { Button } from '../../components/button';
import fieldStyles from '../../components/field.module.css';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { confirmationError, NewPassphraseFields, type NewPassphrase, type NewPassphraseError } from './new-passphrase-fields';
import styles from './vault.module.css';

type RecoverError = NewPassphraseError | { field: 'key'; message: string };

/** Forgot passphrase: the recovery key opens the vault and a new passphrase replaces the old one. */
export function RecoverScreen({ onRecovered, onBack }: { onRecovered: () => void; onBack: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirm: '' });
  const [error, setError] = useState<RecoverError>();
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
    const result = await window.api.vault.recover({ recoveryKey, newPassphrase: value.passphrase });
    setBusy(false);
    if (result.ok) onRecovered();
    else setError({ field: result.error.fields?.newPassphrase ? 'passphrase' : 'key', message: result.error.message });
  }

  return (
    <section className={styles.card} aria-labelledby="recover-title">
      <h1 id="recover-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('vault.recover.title')}
      </h1>
      <p className={styles.lead}>{t('vault.recover.intro')}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <AriaTextField
          value={recoveryKey}
          onChange={(v) => {
            setRecoveryKey(v);
            setError(undefined);
          }}
          isInvalid={error?.field === 'key'}
          validationBehavior="aria"
          className={fieldStyles.field}
        >
          <Label className={fieldStyles.label}>{t('vault.recover.key')}</Label>
          <Input className={`${fieldStyles.input} ${styles.mono}`} dir="ltr" spellCheck={false} autoComplete="off" />
          <Text slot="description" className={fieldStyles.description}>
            {t('vault.recover.key.help')}
          </Text>
          <FieldError className={fieldStyles.error}>{error?.field === 'key' ? error.message : undefined}</FieldError>
        </AriaTextField>
        <NewPassphraseFields
          id="recover"
          label={t('vault.recover.newPassphrase')}
          value={value}
          onChange={(next) => {
            setValue(next);
            setError(undefined);
          }}
          error={error?.field === 'key' ? undefined : error}
        />
        <div className={styles.row}>
          <Button type="submit" variant="primary" isDisabled={busy}>
            {busy ? t('vault.recover.busy') : t('vault.recover.submit')}
          </Button>
          <Button onPress={onBack}>{t('common.back')}</Button>
        </div>
      </form>
    </section>
  );
}
