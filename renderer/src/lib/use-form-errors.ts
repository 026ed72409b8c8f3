import { useState } from 'react';
import type { AppErrorInfo } from '../../../core/result';
import { t } from '../i18n/t';

/** The message above a form for a refused save: "fix the fields" for invalid input, else the error's own words. */
export function formErrorMessage(error: AppErrorInfo): string {
  return error.code === 'invalid-input' ? t('settings.fixErrors') : error.message;
}

/**
 * Errors of a form that saves through the API: the per-field messages (keyed by the form's field
 * names, which `fieldName` derives from the error's field paths) and one message for the form.
 */
export function useFormErrors(
  fieldName: (path: string) => string = (path) => path.replace(/\.\d+$/, ''),
) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');

  /** Shows a refused save next to its fields and above the form. */
  function show(error: AppErrorInfo) {
    setErrors(
      Object.fromEntries(
        Object.entries(error.fields ?? {}).map(([path, message]) => [fieldName(path), message]),
      ),
    );
    setFormError(formErrorMessage(error));
  }

  return { errors, formError, show };
}
