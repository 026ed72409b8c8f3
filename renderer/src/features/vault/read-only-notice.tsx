import { useEffect, useRef, useState } from 'react';
import type { ReadOnlyReason, VaultStatus } from '../../../../core/vault/vault-schemas';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './read-only-notice.module.css';

/** How often the notice quietly tries the disk again while it shows. */
const RETRY_EVERY_MS = 60_000;

/** The read-only reason in a status, or null when the vault is writable. */
function readOnlyOf(status: VaultStatus): ReadOnlyReason | null {
  return status.readOnly?.reason ?? null;
}

/**
 * A calm notice while the open vault is read-only (the disk is full or cannot be written): what
 * still works, what does not, and "Try again", which writes the waiting audit events and lifts
 * the notice once the disk takes changes. It also follows the main process's `vault.readOnly`
 * event, re-checks when the window regains focus and retries once a minute.
 */
export function ReadOnlyNotice() {
  const [reason, setReason] = useState<ReadOnlyReason | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const reasonRef = useRef(reason);
  useEffect(() => {
    reasonRef.current = reason;
  }, [reason]);

  useEffect(() => {
    let current = true;
    const refresh = (method: 'status' | 'retryWrites') =>
      window.api.vault[method]({}).then((result) => {
        if (current && result.ok) setReason(readOnlyOf(result.value));
      });
    void refresh('status');
    const onFocus = () => void refresh('status');
    window.addEventListener('focus', onFocus);
    const off = window.appEvents.on('vault.readOnly', ({ reason: next }) => setReason(next));
    // While read-only, quietly try the disk again now and then.
    const timer = window.setInterval(() => {
      if (reasonRef.current !== null) void refresh('retryWrites');
    }, RETRY_EVERY_MS);
    return () => {
      current = false;
      window.removeEventListener('focus', onFocus);
      window.clearInterval(timer);
      off();
    };
  }, []);

  async function retry() {
    setBusy(true);
    setMessage('');
    const result = await window.api.vault.retryWrites({});
    const next = result.ok ? readOnlyOf(result.value) : undefined;
    setBusy(false);
    if (next !== undefined) setReason(next);
    if (!result.ok) setMessage(result.error.message);
    if (next === null) setMessage(t('vault.readOnly.writable'));
    else if (next !== undefined) setMessage(t('vault.readOnly.still'));
  }

  // The button goes away with the notice: once the confirmation is on screen (committed), it
  // takes focus instead of focus falling to the page.
  const confirmed = reason === null && message !== '';
  useEffect(() => {
    if (confirmed) statusRef.current?.focus();
  }, [confirmed]);

  const status = (
    <p
      role="status"
      ref={statusRef}
      tabIndex={-1}
      className={message ? styles.status : 'visually-hidden'}
    >
      {message}
    </p>
  );
  // Once writable again, only the confirmation stays (it takes focus, so it is read out); in
  // normal use nothing renders, so the screen's own status line is the only one.
  if (reason === null) return message ? status : null;
  return (
    <section className={styles.notice} aria-labelledby="read-only-title">
      <div className={styles.text}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect
            x="3"
            y="5"
            width="18"
            height="14"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
          <path
            d="M7 15h4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
          <circle cx="17" cy="15" r="1.25" fill="currentColor" />
        </svg>
        <div>
          <h2 id="read-only-title" className={styles.title}>
            {t(reason === 'full' ? 'vault.readOnly.title.full' : 'vault.readOnly.title.read-only')}
          </h2>
          <p>
            {t(reason === 'full' ? 'vault.readOnly.body.full' : 'vault.readOnly.body.read-only')}
          </p>
        </div>
      </div>
      <Button onPress={() => void retry()} isDisabled={busy}>
        {busy ? t('vault.readOnly.checking') : t('vault.readOnly.retry')}
      </Button>
      {status}
    </section>
  );
}
