import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import styles from './field.module.css';

/** Props of a labelled password field. */
export interface PasswordFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  autoFocus?: boolean;
  autoComplete?: 'new-password' | 'current-password' | 'off';
  isInvalid?: boolean;
  errorMessage?: string;
  isDisabled?: boolean;
  describedBy?: string;
}

/** A labelled, controlled password input with help and error text. */
export function PasswordField(props: PasswordFieldProps) {
  const {
    name,
    label,
    value,
    onChange,
    description,
    autoFocus,
    autoComplete = 'current-password',
  } = props;
  return (
    <AriaTextField
      name={name}
      type="password"
      value={value}
      onChange={onChange}
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      isInvalid={props.isInvalid}
      isDisabled={props.isDisabled}
      validationBehavior="aria"
      className={styles.field}
      aria-describedby={props.describedBy}
    >
      <Label className={styles.label}>{label}</Label>
      <Input className={styles.input} dir="ltr" spellCheck={false} />
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{props.errorMessage}</FieldError>
    </AriaTextField>
  );
}
