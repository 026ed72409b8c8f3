import { useState } from 'react';
import type { AuditVerification } from '../../../../core/vault/vault-schemas';
import { Button } from '../../components/button';
import { formatDateTime, t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { describeAuditEvent } from './audit-words';
import styles from './security.module.css';

const formatTime = formatDateTime;

/** The last 50 events of the audit trail in plain language, with a check of its hash chain. */
export function AuditLog() {
  const [state, reload] = useApiLoad(() => window.api.audit.list({ limit: 50 }));
  const [check, setCheck] = useState<AuditVerification | { error: string }>();

  async function verify() {
    const result = await window.api.audit.verify({});
    setCheck(result.ok ? result.value : { error: result.error.message });
    reload();
  }

  return (
    <section className={styles.section} aria-labelledby="audit-title">
      <h2 id="audit-title" className={styles.sectionTitle}>
        {t('security.audit.title')}
      </h2>
      <p className={styles.muted}>{t('security.audit.intro')}</p>
      <div className={styles.row}>
        <Button onPress={() => void verify()}>{t('security.audit.verify')}</Button>
        {check && (
          <p
            role="status"
            className={'error' in check || !check.ok ? styles.error : styles.success}
          >
            {'error' in check
              ? check.error
              : check.ok
                ? t('security.audit.intact', { count: check.entries })
                : t('security.audit.broken', { seq: check.brokenAt ?? 0 })}
          </p>
        )}
      </div>
      {state.status === 'loading' && <p className={styles.muted}>{t('common.loading')}</p>}
      {state.status === 'error' && (
        <p role="alert" className={styles.error}>
          {state.error.message}
        </p>
      )}
      {state.status === 'ready' && state.value.length === 0 && (
        <p className={styles.muted}>{t('security.audit.empty')}</p>
      )}
      {state.status === 'ready' && state.value.length > 0 && (
        <table className={styles.table}>
          <caption className="visually-hidden">{t('security.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('security.audit.when')}</th>
              <th scope="col">{t('security.audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((event, index) => (
              // Each computer numbers its own chain, so seq alone repeats across computers.
              <tr key={`${index}-${event.seq}`}>
                <td className={styles.nowrap}>{formatTime(event.at)}</td>
                <td>{describeAuditEvent(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
