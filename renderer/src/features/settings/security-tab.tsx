import { useId, useState, type FormEvent } from 'react';
import { AUTO_LOCK_MINUTES } from '../../../../core/settings';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { SecurityPanel } from '../security/security-panel';
import fieldStyles from '../../components/field.module.css';
import { LockSourcesNote } from './lock-sources-note';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import styles from './settings.module.css';

/** Security: how soon the app locks itself, then the vault's own panel (passphrase, backup, activity). */
export function SecurityTab({
  autoLockMinutes,
  save,
}: {
  autoLockMinutes: number;
  save: (patch: { autoLockMinutes: number }) => Promise<SaveOutcome>;
}) {
  const id = useId();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [error, setError] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get('autoLockMinutes') ?? '');
    setState({ status: 'saving' });
    const outcome = await save({ autoLockMinutes: raw.trim() === '' ? Number.NaN : Number(raw) });
    if (outcome.ok) {
      setError('');
      setState({ status: 'saved' });
    } else {
      setError(outcome.error.fields?.autoLockMinutes ?? outcome.error.message);
      setState({ status: 'error', message: t('settings.fixErrors') });
    }
  }

  return (
    <div className={styles.stack}>
      <form className={styles.card} onSubmit={submit} noValidate>
        <h3 className={styles.cardTitle}>{t('settings.security.autoLock.title')}</h3>
        <LockSourcesNote minutes={autoLockMinutes} />
        <div className={fieldStyles.field}>
          <label htmlFor={id} className={fieldStyles.label}>
            {t('settings.security.autoLock')}
          </label>
          <input
            id={id}
            name="autoLockMinutes"
            type="number"
            inputMode="numeric"
            min={AUTO_LOCK_MINUTES.min}
            max={AUTO_LOCK_MINUTES.max}
            defaultValue={autoLockMinutes}
            className={`${fieldStyles.input} ${styles.narrow}`}
            aria-describedby={`${id}-help${error ? ` ${id}-err` : ''}`}
            aria-invalid={error ? true : undefined}
          />
          <span id={`${id}-help`} className={fieldStyles.description}>
            {t('settings.security.autoLock.help', {
              min: AUTO_LOCK_MINUTES.min,
              max: AUTO_LOCK_MINUTES.max,
            })}
          </span>
          {error && (
            <span id={`${id}-err`} className={fieldStyles.error}>
              {error}
            </span>
          )}
        </div>
        <div className={styles.actions}>
          <Button type="submit">{t('settings.security.autoLock.save')}</Button>
          <SaveFeedback state={state} />
        </div>
      </form>
      <SecurityPanel />
    </div>
  );
}
