import { useEffect, useState } from 'react';
import type { PassphraseStrength } from '../../../core/vault/vault-schemas';
import { t } from '../i18n/t';
import styles from './strength-meter.module.css';

const LABELS = [
  'vault.strength.0',
  'vault.strength.1',
  'vault.strength.2',
  'vault.strength.3',
  'vault.strength.4',
] as const;

/** Estimates a passphrase's strength (debounced) and reports it to the parent. */
export function usePassphraseStrength(passphrase: string): PassphraseStrength | undefined {
  const [strength, setStrength] = useState<PassphraseStrength>();
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    const timer = setTimeout(() => {
      void window.api.vault.checkPassphrase({ passphrase }).then((result) => {
        if (current && result.ok) setStrength(result.value);
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase]);
  return passphrase ? strength : undefined;
}

/** A five-step strength bar with the estimator's warning and suggestions, announced politely. */
export function StrengthMeter({
  id,
  strength,
}: {
  id: string;
  strength: PassphraseStrength | undefined;
}) {
  const score = strength?.score ?? 0;
  return (
    <div id={id} className={styles.meter} aria-live="polite">
      <div
        className={styles.meterBar}
        role="meter"
        aria-label={t('vault.strength.label')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score}
        aria-valuetext={strength ? t(LABELS[score]) : t('vault.strength.empty')}
      >
        {[0, 1, 2, 3, 4].map((step) => (
          <span
            key={step}
            className={
              strength && step <= score ? styles[`meterOn${Math.min(score, 4)}`] : styles.meterOff
            }
          />
        ))}
      </div>
      <p className={styles.meterText}>
        {strength ? (
          <>
            <strong>{t(LABELS[score])}</strong>
            {strength.acceptable
              ? ` — ${t('vault.strength.ok')}`
              : ` — ${t('vault.strength.notYet')}`}
          </>
        ) : (
          t('vault.strength.empty')
        )}
      </p>
      {strength &&
        !strength.acceptable &&
        (strength.warning || strength.suggestions.length > 0) && (
          <ul className={styles.meterHints}>
            {strength.warning && <li>{strength.warning}</li>}
            {strength.suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
    </div>
  );
}
