import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import { t } from '../i18n/t';
import styles from './field.module.css';

/** Props of a labelled single-line text field. */
export interface TextFieldProps {
  name: string;
  label: string;
  description?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
  defaultValue?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/** A labelled text input with help text and an error message next to it. */
export function TextField({
  name,
  label,
  description,
  isRequired,
  autoFocus,
  defaultValue,
  dir = 'auto',
}: TextFieldProps) {
  return (
    <AriaTextField
      name={name}
      isRequired={isRequired}
      autoFocus={autoFocus}
      defaultValue={defaultValue}
      validationBehavior="aria"
      className={styles.field}
    >
      <Label className={styles.label}>
        {label}
        {!isRequired && <span className={styles.optional}> ({t('common.optional')})</span>}
      </Label>
      <Input className={styles.input} dir={dir} />
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error} />
    </AriaTextField>
  );
}
