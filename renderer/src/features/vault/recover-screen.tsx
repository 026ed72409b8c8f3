import { useState } from 'react';
import { Input, Label, TextField as AriaTextField, FieldError, Text } from 'react-aria-components';
import { Button } from '../../components/button';
import fieldStyles from '../../components/field.module.css';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { useNewPassphraseForm } from '../../lib/use-new-passphrase-form';
import styles from './vault.module.css';

/** Forgot passphrase: the recovery key opens the vault and a new passphrase replaces the old one. */
export function RecoverScreen({
  onRecovered,
  onBack,
}: {
  onRecovered: () => void;
  onBack: () => void;
}) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const form = useNewPassphraseForm<'key'>(async (newPassphrase) => {
    const result = await window.api.vault.recover({ recoveryKey, newPassphrase });
    if (!result.ok)
      return {
        field: result.error.fields?.newPassphrase ? 'passphrase' : 'key',
        message: result.error.message,
      };
    onRecovered();
    return undefined;
  });
  const keyError = form.messageFor('key');

  return (
    <section className={styles.card} aria-labelledby="recover-title">
      <h1 id="recover-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('vault.recover.title')}
      </h1>
      <p className={styles.lead}>{t('vault.recover.intro')}</p>
      <form className={styles.form} onSubmit={form.submit} noValidate>
        <AriaTextField
          value={recoveryKey}
          onChange={(v) => {
            setRecoveryKey(v);
            form.setError(undefined);
          }}
          isInvalid={keyError !== undefined}
          validationBehavior="aria"
          className={fieldStyles.field}
        >
          <Label className={fieldStyles.label}>{t('vault.recover.key')}</Label>
          <Input
            className={`${fieldStyles.input} ${styles.mono}`}
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
          />
          <Text slot="description" className={fieldStyles.description}>
            {t('vault.recover.key.help')}
          </Text>
          <FieldError className={fieldStyles.error}>{keyError}</FieldError>
        </AriaTextField>
        <NewPassphraseFields
          id="recover"
          label={t('vault.recover.newPassphrase')}
          value={form.value}
          onChange={form.change}
          error={form.newPassphraseError}
        />
        <div className={styles.row}>
          <Button type="submit" variant="primary" isDisabled={form.busy}>
            {form.busy ? t('vault.recover.busy') : t('vault.recover.submit')}
          </Button>
          <Button onPress={onBack}>{t('common.back')}</Button>
        </div>
      </form>
    </section>
  );
}
