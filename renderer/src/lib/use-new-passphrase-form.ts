import { useState, type FormEvent } from 'react';
import {
  confirmationError,
  type NewPassphrase,
  type NewPassphraseError,
} from '../components/new-passphrase-fields';

const EMPTY: NewPassphrase = { passphrase: '', confirm: '' };

/** An error on a field of a form that chooses a new passphrase: one of the two new fields or one of its own. */
export type PassphraseFormError<Extra extends string = never> =
  NewPassphraseError | { field: Extra; message: string };

/** What a form's save step reports: nothing when it worked, or the error to show next to a field. */
export type PassphraseSave<Extra extends string> = (
  passphrase: string,
) => Promise<PassphraseFormError<Extra> | undefined>;

/**
 * State shared by the forms that choose a new passphrase (create, recover, change): the two typed
 * values, the error next to a field, a busy flag, and a submit handler that checks the "typed twice"
 * rule before calling the form's own save step once at a time. With `clearOnSuccess` the typed
 * passphrase is emptied once the save step has worked (for a form that stays on screen).
 */
export function useNewPassphraseForm<Extra extends string = never>(
  save: PassphraseSave<Extra>,
  { clearOnSuccess = false } = {},
) {
  const [value, setValue] = useState<NewPassphrase>(EMPTY);
  const [error, setError] = useState<PassphraseFormError<Extra>>();
  const [busy, setBusy] = useState(false);

  /** Keeps what was typed and clears the error shown for it. */
  function change(next: NewPassphrase) {
    setValue(next);
    setError(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const mismatch = confirmationError(value);
    if (mismatch) {
      setError(mismatch);
      return;
    }
    setBusy(true);
    const failure = await save(value.passphrase);
    setBusy(false);
    setError(failure);
    if (!failure && clearOnSuccess) setValue(EMPTY);
  }

  /** The error for the two new-passphrase fields only (a field of the form's own is shown by that field). */
  const newPassphraseError =
    error && (error.field === 'passphrase' || error.field === 'confirm')
      ? (error as NewPassphraseError)
      : undefined;

  /** The message for one of the form's own fields, or undefined when that field is fine. */
  const messageFor = (field: Extra) => (error?.field === field ? error.message : undefined);

  return { value, change, setError, newPassphraseError, messageFor, busy, submit };
}
