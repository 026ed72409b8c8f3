import { useState } from 'react';
import type { ReferralContact } from '../../../../core/referrals';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './referrals.module.css';

/** One directory contact with Edit and Remove (Remove asks once, inline). */
export function ReferralCard({
  contact,
  onEdit,
  onRemove,
}: {
  contact: ReferralContact;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <article className={styles.card} aria-labelledby={`ref-${contact.id}`}>
      <div className={styles.cardHead}>
        <h3 id={`ref-${contact.id}`} className={styles.cardTitle} dir="auto">
          {contact.name}
        </h3>
        {contact.kind && <span className={styles.kind}>{contact.kind}</span>}
      </div>
      <dl className={styles.details}>
        {contact.phone && (
          <div>
            <dt>{t('referrals.field.phone')}</dt>
            <dd dir="ltr">{contact.phone}</dd>
          </div>
        )}
        {contact.web && (
          <div>
            <dt>{t('referrals.field.web')}</dt>
            <dd dir="ltr">{contact.web}</dd>
          </div>
        )}
        {contact.address && (
          <div>
            <dt>{t('referrals.field.address')}</dt>
            <dd className={styles.preLine}>{contact.address}</dd>
          </div>
        )}
      </dl>
      {contact.tags.length > 0 && (
        <ul className={styles.tags} aria-label={t('referrals.field.tags')}>
          {contact.tags.map((tag) => (
            <li key={tag} className={styles.tag}>
              {tag}
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <div
          className={styles.confirm}
          role="group"
          aria-label={t('referrals.remove.confirmLabel', { name: contact.name })}
        >
          <p>{t('referrals.remove.confirm', { name: contact.name })}</p>
          <div className={styles.actions}>
            <Button onPress={onRemove}>{t('referrals.remove.yes')}</Button>
            <Button variant="quiet" onPress={() => setConfirming(false)} autoFocus>
              {t('referrals.remove.no')}
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button
            variant="quiet"
            onPress={onEdit}
            aria-label={t('referrals.editName', { name: contact.name })}
          >
            {t('referrals.edit')}
          </Button>
          <Button
            variant="quiet"
            onPress={() => setConfirming(true)}
            aria-label={t('referrals.removeName', { name: contact.name })}
          >
            {t('referrals.remove')}
          </Button>
        </div>
      )}
    </article>
  );
}
