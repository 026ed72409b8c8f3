import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { t } from '../../i18n/t';
import styles from './vault.module.css';

/** Props of the unlock screen. */
export interface UnlockScreenProps {
  notice?: string;
  /** At app start only: first try to open with this computer's keychain ("Remember on this computer"). */
  tryDevice?: boolean;
  onUnlocked: () => void;
  onForgot: () => void;
}

/**
 * Asks for the passphrase; after repeated failures shows when the next try is possible. At app
 * start it first tries this computer's keychain once; if that does not work it says so calmly.
 */
export function UnlockScreen({ notice, tryDevice, onUnlocked, onForgot }: UnlockScreenProps) {
  const [trying, setTrying] = useState(Boolean(tryDevice));
  const [deviceNotice, setDeviceNotice] = useState('');
  const tried = useRef(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const secondsLeft = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  useEffect(() => {
    if (!tryDevice || tried.current) return;
    tried.current = true;
    void window.api.vault.unlockWithDevice({}).then((result) => {
      if (result.ok && result.value.unlocked) {
        onUnlocked();
        return;
      }
      setTrying(false);
      // Only a remembered key that did not work is worth a word; "off" and "unavailable" are silent.
      if (!result.ok || (!result.value.unlocked && result.value.why === 'failed'))
        setDeviceNotice(t('vault.unlock.device.failed'));
    });
  }, [tryDevice, onUnlocked]);

  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [waitUntil]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || secondsLeft > 0) return;
    setBusy(true);
    const result = await window.api.vault.unlock({ passphrase });
    setBusy(false);
    if (result.ok) {
      onUnlocked();
      return;
    }
    setPassphrase('');
    setError(result.error.message);
    const status = await window.api.vault.status({});
    if (status.ok && status.value.retryAfterMs) {
      setNow(Date.now());
      setWaitUntil(Date.now() + status.value.retryAfterMs);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="unlock-title">
      <h1 id="unlock-title" className={styles.title}>
        {t('vault.unlock.title')}
      </h1>
      <p className={styles.lead}>{t('vault.unlock.intro')}</p>
      {(deviceNotice || notice) && (
        <p role="status" className={styles.notice}>
          {deviceNotice || notice}
        </p>
      )}
      {trying ? (
        <p role="status" className={styles.lead}>
          {t('vault.unlock.device.trying')}
        </p>
      ) : (
        <form className={styles.form} onSubmit={submit} noValidate>
          <PasswordField
            name="passphrase"
            label={t('vault.unlock.passphrase')}
            value={passphrase}
            onChange={(v) => {
              setPassphrase(v);
              setError('');
            }}
            autoFocus
            isInvalid={Boolean(error)}
            errorMessage={error}
          />
          {secondsLeft > 0 && (
            <p role="status" className={styles.delay}>
              {t('vault.unlock.wait', { seconds: secondsLeft })}
            </p>
          )}
          <div className={styles.row}>
            <Button
              type="submit"
              variant="primary"
              isDisabled={busy || secondsLeft > 0 || !passphrase}
            >
              {busy ? t('vault.unlock.busy') : t('vault.unlock.submit')}
            </Button>
            <Button variant="quiet" onPress={onForgot}>
              {t('vault.unlock.forgot')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
