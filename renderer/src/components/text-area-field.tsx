import {
  FieldError,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
} from 'react-aria-components';
import { t } from '../i18n/t';
import fieldStyles from './field.module.css';
import styles from './text-area-field.module.css';

/** Props of a labelled multi-line text field. */
export interface TextAreaFieldProps {
  name: string;
  label: string;
  description?: string;
  defaultValue?: string;
  rows?: number;
  isRequired?: boolean;
}

/** A labelled, uncontrolled multi-line text field with help text and its error message. */
export function TextAreaField({
  name,
  label,
  description,
  defaultValue,
  rows = 4,
  isRequired,
}: TextAreaFieldProps) {
  return (
    <AriaTextField
      name={name}
      defaultValue={defaultValue}
      isRequired={isRequired}
      validationBehavior="aria"
      className={fieldStyles.field}
    >
      <Label className={fieldStyles.label}>
        {label}
        {!isRequired && <span className={fieldStyles.optional}> ({t('common.optional')})</span>}
      </Label>
      <TextArea className={`${fieldStyles.input} ${styles.textarea}`} rows={rows} dir="auto" />
      {description && (
        <Text slot="description" className={fieldStyles.description}>
          {description}
        </Text>
      )}
      <FieldError className={fieldStyles.error} />
    </AriaTextField>
  );
}
