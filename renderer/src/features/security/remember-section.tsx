import { useEffect, useState, type FormEvent } from 'react';
import type { RememberStatus } from '../../../../core/vault/vault-schemas';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { ToggleSwitch } from '../../components/toggle-switch';
import { t } from '../../i18n/t';
import styles from './security.module.css';

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; status: RememberStatus };

/**
 * "Remember on this computer": a switch shown only where a real keychain exists (otherwise the
 * reason is shown instead). Turning it on asks for the passphrase; turning it off is immediate.
 */
export function RememberSection({ onChanged }: { onChanged?: () => void }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  useEffect(() => {
    let live = true;
    void window.api.vault.rememberStatus({}).then((result) => {
      if (live)
        setLoad(
          result.ok
            ? { state: 'ready', status: result.value }
            : { state: 'error', message: result.error.message },
        );
    });
    return () => {
      live = false;
    };
  }, []);

  async function turnOff() {
    setBusy(true);
    setDone('');
    const result = await window.api.vault.setRemember({ enabled: false });
    setBusy(false);
    if (result.ok) {
      setLoad({ state: 'ready', status: result.value });
      setDone(t('security.remember.turnedOff'));
      onChanged?.();
    } else setError(result.error.message);
  }

  async function turnOn(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await window.api.vault.setRemember({ enabled: true, passphrase });
    setBusy(false);
    if (result.ok) {
      setLoad({ state: 'ready', status: result.value });
      setConfirming(false);
      setPassphrase('');
      setError('');
      setDone(t('security.remember.turnedOn'));
      onChanged?.();
    } else {
      setPassphrase('');
      setError(result.error.fields?.passphrase ?? result.error.message);
    }
  }

  const status = load.state === 'ready' ? load.status : undefined;
  return (
    <section className={styles.section} aria-labelledby="remember-title">
      <h2 id="remember-title" className={styles.sectionTitle}>
        {t('security.remember.title')}
      </h2>
      {load.state === 'loading' && <p className={styles.muted}>{t('security.remember.loading')}</p>}
      {load.state === 'error' && (
        <p role="alert" className={styles.error}>
          {load.message}
        </p>
      )}
      {status && !status.available && (
        <p className={styles.calloutNote} data-testid="remember-unavailable">
          {t(
            status.reason === 'no-keyring'
              ? 'security.remember.unavailable.no-keyring'
              : 'security.remember.unavailable.no-keychain',
          )}
        </p>
      )}
      {status?.available && (
        <>
          <p className={styles.muted}>{t('security.remember.intro')}</p>
          <ToggleSwitch
            isSelected={status.enabled || confirming}
            isDisabled={busy}
            onChange={(on) => {
              setDone('');
              setError('');
              if (on) setConfirming(true);
              else if (confirming) setConfirming(false);
              else void turnOff();
            }}
          >
            {t('security.remember.switch')}
          </ToggleSwitch>
          {!confirming && (
            <p className={styles.muted}>
              {t(status.enabled ? 'security.remember.on' : 'security.remember.off')}
            </p>
          )}
          {confirming && (
            <form className={styles.form} onSubmit={turnOn} noValidate>
              <PasswordField
                name="remember-passphrase"
                label={t('security.remember.confirm')}
                value={passphrase}
                onChange={(v) => (setPassphrase(v), setError(''))}
                autoFocus
                isInvalid={Boolean(error)}
                errorMessage={error}
              />
              <div className={styles.row}>
                <Button type="submit" variant="primary" isDisabled={busy || !passphrase}>
                  {busy
                    ? t('security.remember.confirm.busy')
                    : t('security.remember.confirm.submit')}
                </Button>
                <Button
                  variant="quiet"
                  onPress={() => (setConfirming(false), setPassphrase(''), setError(''))}
                >
                  {t('security.remember.cancel')}
                </Button>
              </div>
            </form>
          )}
          {!confirming && error && (
            <p role="alert" className={styles.error}>
              {error}
            </p>
          )}
          {done && (
            <p role="status" className={styles.success}>
              {done}
            </p>
          )}
        </>
      )}
    </section>
  );
}
