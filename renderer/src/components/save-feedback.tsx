import { t } from '../i18n/t';
import styles from './save-feedback.module.css';

/** Where a save stands, for the quiet line next to a Save button. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'error'; message: string };

/** A polite status line: "Saving…", "Saved." or what went wrong. Always present so screen readers hear changes. */
export function SaveFeedback({ state }: { state: SaveState }) {
  return (
    <p role="status" className={state.status === 'error' ? styles.saveError : styles.saveNote}>
      {state.status === 'saving'
        ? t('settings.saving')
        : state.status === 'saved'
          ? t('settings.saved')
          : state.status === 'error'
            ? state.message
            : ''}
    </p>
  );
}

/** Turns per-field errors keyed `profile.name` into form field names (`name`). */
export function fieldErrors(
  fields: Record<string, string> | undefined,
  prefix: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields ?? {}))
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message;
  return out;
}
