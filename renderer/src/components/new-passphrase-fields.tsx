import { PasswordField } from './password-field';
import { t } from '../i18n/t';
import { StrengthMeter, usePassphraseStrength } from './strength-meter';

/** A new passphrase being chosen, typed twice. */
export interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

/** An error on one of the two fields. */
export interface NewPassphraseError {
  field: 'passphrase' | 'confirm';
  message: string;
}

/** Props of the new-passphrase fields. */
export interface NewPassphraseFieldsProps {
  /** Prefix for element ids (several forms may show these fields). */
  id: string;
  label: string;
  description?: string;
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  error?: NewPassphraseError;
}

/** The "typed twice" check: an error for the confirmation field, or undefined when they match. */
export function confirmationError(value: NewPassphrase): NewPassphraseError | undefined {
  return value.passphrase === value.confirm
    ? undefined
    : { field: 'confirm', message: t('vault.create.mismatch') };
}

/** A new passphrase, its strength meter and its confirmation, with errors next to each field. */
export function NewPassphraseFields({
  id,
  label,
  description,
  value,
  onChange,
  error,
}: NewPassphraseFieldsProps) {
  const strength = usePassphraseStrength(value.passphrase);
  const errorFor = (field: NewPassphraseError['field']) => ({
    isInvalid: error?.field === field,
    errorMessage: error?.field === field ? error.message : undefined,
  });
  return (
    <>
      <PasswordField
        name={`${id}-passphrase`}
        label={label}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
        description={description}
        describedBy={`${id}-strength`}
        {...errorFor('passphrase')}
      />
      <StrengthMeter id={`${id}-strength`} strength={strength} />
      <PasswordField
        name={`${id}-confirm`}
        label={t('vault.create.confirm')}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
        autoComplete="new-password"
        {...errorFor('confirm')}
      />
    </>
  );
}
